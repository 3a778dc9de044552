package org.communitysafety.priority.priority;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Reads priorities; writes go through the aggregate store so that each carries its event.
 */
public interface PriorityRepository extends MongoRepository<Priority, String> {

    List<Priority> findByParentId(String parentId);

    List<Priority> findByParentIdIn(Collection<String> parentIds);

    List<Priority> findByOutcomeIdsContaining(String outcomeId);

    List<Priority> findByPartnershipId(String partnershipId);

}
