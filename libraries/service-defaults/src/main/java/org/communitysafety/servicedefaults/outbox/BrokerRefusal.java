package org.communitysafety.servicedefaults.outbox;

import java.util.Optional;
import java.util.Set;

import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Tells a send the broker will never take, whatever the relay does, from one that may
 * succeed later. Only the first kind is ever parked: an unreachable or slow broker is an
 * outage, and the relay waits it out without parking anything.
 */
final class BrokerRefusal {

    /**
     * The event itself is the problem (too large, not a valid record, not serialisable),
     * or the topic cannot be written (invalid, or this service is not authorised).
     */
    private static final Set<Class<? extends Exception>> FOR_GOOD = Set.of(RecordTooLargeException.class,
            RecordBatchTooLargeException.class, InvalidRecordException.class, SerializationException.class,
            InvalidTopicException.class, AuthorizationException.class);

    private BrokerRefusal() {
    }

    /** Why the broker will never take the event, or empty when trying again may help. */
    static Optional<String> forGood(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            Throwable current = cause;
            if (FOR_GOOD.stream().anyMatch(kind -> kind.isInstance(current))) {
                return Optional.of(current.getClass().getSimpleName() + ": " + current.getMessage());
            }
        }
        return Optional.empty();
    }

}
