package org.communitysafety.priority.action;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Reads actions; writes go through the aggregate store so that each carries its event.
 */
public interface ActionRepository extends MongoRepository<Action, String> {

    List<Action> findByPriorityIdIn(Collection<String> priorityIds);

    List<Action> findByStatusNot(ActionStatus status);

}
