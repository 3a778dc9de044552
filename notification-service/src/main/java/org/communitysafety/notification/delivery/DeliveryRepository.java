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

    List<Delivery> findByStateInAndNextAttemptAtLessThanEqualOrderByNextAttemptAtAsc(Collection<DeliveryState> states,
            Instant now, Limit limit);

    List<Delivery> findByState(DeliveryState state);

}
