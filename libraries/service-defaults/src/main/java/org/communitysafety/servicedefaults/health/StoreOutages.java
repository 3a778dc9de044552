package org.communitysafety.servicedefaults.health;

import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Tells a store that did not answer from everything else that can go wrong: the driver's
 * and Spring's names for "the database could not be reached", anywhere in the causes.
 * Such a failure passes when the store returns, so it is answered 503 and retried, never
 * taken as the request's or the event's fault.
 */
public final class StoreOutages {

    private StoreOutages() {
    }

    public static boolean isStoreOutage(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof MongoTimeoutException
                    || cause instanceof MongoSocketException) {
                return true;
            }
        }
        return false;
    }

}
