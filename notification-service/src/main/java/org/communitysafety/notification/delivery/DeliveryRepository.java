package org.communitysafety.notification.delivery;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Reads deliveries; every write goes through the aggregate store, so that each change
 * carries its event.
 */
public interface DeliveryRepository extends MongoRepository<Delivery, String> {

    /**
     * Due alerts: routine mailings not among them (deliveries stored before mailings were
     * told apart have no mark and are alerts).
     */
    List<Delivery> findByStateInAndNextAttemptAtLessThanEqualAndRoutineNotOrderByNextAttemptAtAsc(
            Collection<DeliveryState> states, Instant now, boolean routine, Limit limit);

    /** Due deliveries of routine mailings. */
    List<Delivery> findByStateInAndNextAttemptAtLessThanEqualAndRoutineOrderByNextAttemptAtAsc(
            Collection<DeliveryState> states, Instant now, boolean routine, Limit limit);

    List<Delivery> findByState(DeliveryState state);

}
