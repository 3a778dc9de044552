package org.communitysafety.notification.update;

import java.util.List;

import org.communitysafety.notification.partnership.Partnership;
import org.communitysafety.notification.partnership.Partnerships;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/** The updates sent, as they were sent: read, never changed. */
@Service
public class ActivityUpdateArchive {

    /** Where the archive is on the API, and where each email links to its update. */
    static final String PATH = "/api/v1/six-monthly-updates";

    private final MongoTemplate mongo;

    ActivityUpdateArchive(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public ActivityUpdate get(String id) {
        ActivityUpdate update = mongo.findById(id, ActivityUpdate.class);
        if (update == null) {
            throw new ResourceNotFound("No update of community safety activity has the id '" + id + "'");
        }
        return update;
    }

    /** The updates, newest period first, optionally of one group. */
    public Page<ActivityUpdate> list(String partnershipId, Pageable pageable) {
        Criteria criteria = new Criteria();
        if (partnershipId != null) {
            criteria = Criteria.where("partnershipId").is(partnershipId);
        }
        Query query = Query.query(criteria).with(pageable);
        List<ActivityUpdate> page = mongo.find(query, ActivityUpdate.class);
        return PageableExecutionUtils.getPage(page, pageable,
                () -> mongo.count(Query.of(query).limit(-1).skip(-1), ActivityUpdate.class));
    }

    /** The group, if it is known here and has a reporting cadence. */
    static Partnership groupWithCadence(Partnerships partnerships, String partnershipId) {
        Partnership group = partnerships.find(partnershipId)
            .orElseThrow(() -> new ResourceNotFound("No group has the id '" + partnershipId + "'"));
        if (group.reportingCadence() == null) {
            throw new RuleViolated(
                    group.name() + " has no reporting cadence, so it receives no updates of community safety activity");
        }
        return group;
    }

}
