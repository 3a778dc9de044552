package org.communitysafety.priority.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.communitysafety.priority.access.Standing;
import org.communitysafety.priority.replica.Directory;
import org.communitysafety.priority.replica.Group;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** The use cases of strategic assessments, by those who manage the CSP. */
@Service
public class StrategicAssessments {

    private final MongoTemplate mongo;

    private final Directory directory;

    private final AggregateStore store;

    private final Clock clock;

    StrategicAssessments(MongoTemplate mongo, Directory directory, AggregateStore store, Clock clock) {
        this.mongo = mongo;
        this.directory = directory;
        this.store = store;
        this.clock = clock;
    }

    StrategicAssessment start(StartAssessmentRequest request, Standing standing) {
        Group csp = directory.activeGroup(request.partnership(), "partnership");
        standing.checkManages(csp);
        if (!csp.isDistrictCsp()) {
            throw new RuleViolated(
                    "Strategic assessments are undertaken by CSPs; '" + csp.name() + "' is a " + csp.kind());
        }
        var started = StrategicAssessment.start(csp.id(),
                request.startedOn() == null ? UkCalendar.today(clock) : request.startedOn());
        if (mongo.findById(started.aggregate().id(), StrategicAssessment.class) != null) {
            throw new RuleViolated(
                    "'" + csp.name() + "' already has a strategic assessment of " + started.aggregate().year());
        }
        return store.insert(started.aggregate(), List.of(started.event()));
    }

    StrategicAssessment complete(String id, CompleteAssessmentRequest request, String ifMatch, Standing standing) {
        StrategicAssessment assessment = get(id);
        standing.checkManages(directory.group(assessment.partnershipId(), "partnership"));
        ETags.checkIfMatch(ifMatch, assessment.version());
        LocalDate on = request.completedOn() == null ? UkCalendar.today(clock) : request.completedOn();
        var completed = assessment.complete(request, on);
        return store.update(completed.aggregate(), List.of(completed.event()));
    }

    /** Records an assessment from the source, once: the baseline's. */
    public void recordHistorical(String id, String partnershipId, int year, LocalDate completedOn, String findings,
            List<String> recommended) {
        var recorded = StrategicAssessment.historical(id, partnershipId, year, completedOn, findings, recommended);
        if (mongo.findById(recorded.aggregate().id(), StrategicAssessment.class) == null) {
            store.insert(recorded.aggregate(), List.of(recorded.event()));
        }
    }

    public StrategicAssessment get(String id) {
        StrategicAssessment assessment = mongo.findById(id, StrategicAssessment.class);
        if (assessment == null) {
            throw new ResourceNotFound("No strategic assessment '" + id + "'");
        }
        return assessment;
    }

    /** The assessments of the year, of every partnership or the one given. */
    public List<StrategicAssessment> of(Integer year, String partnership) {
        Criteria criteria = new Criteria();
        if (year != null) {
            criteria.and("year").is(year);
        }
        if (partnership != null) {
            criteria.and("partnershipId").is(partnership);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("year", "partnershipId")), StrategicAssessment.class);
    }

}
