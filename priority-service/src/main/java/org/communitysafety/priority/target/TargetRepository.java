package org.communitysafety.priority.target;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Reads targets; writes go through the aggregate store so that each carries its event.
 */
public interface TargetRepository extends MongoRepository<Target, String> {

    List<Target> findByPriorityIdOrderByMeasure(String priorityId);

    List<Target> findByPriorityIdIn(Collection<String> priorityIds);

}
