package org.communitysafety.servicedefaults.history;

import java.util.List;

/**
 * The events of one aggregate that are written but not yet published, as serialised
 * CloudEvents. The outbox holds them; the history only reads them through this, so that
 * the history knows nothing of how the outbox stores its events.
 */
@FunctionalInterface
public interface UnpublishedEvents {

    List<String> of(String collection, String id);

}
