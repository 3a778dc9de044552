package org.communitysafety.priority.plan;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Reads plans; writes go through the aggregate store so that each carries its event. */
public interface PlanRepository extends MongoRepository<Plan, String> {

    List<Plan> findByKindAndStatusIn(PlanKind kind, List<PlanStatus> statuses);

    List<Plan> findByPeriod(String period);

}
