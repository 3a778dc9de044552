package org.communitysafety.priority.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.communitysafety.priority.access.Standing;
import org.communitysafety.priority.assessment.StrategicAssessments;
import org.communitysafety.priority.outcome.Outcomes;
import org.communitysafety.priority.plan.DraftPlanRequest;
import org.communitysafety.priority.plan.Plan;
import org.communitysafety.priority.plan.PlanStatus;
import org.communitysafety.priority.plan.PlanStepRequest;
import org.communitysafety.priority.plan.Plans;
import org.communitysafety.priority.priority.Priorities;
import org.communitysafety.priority.replica.Directory;
import org.communitysafety.priority.target.Targets;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.core.io.ClassPathResource;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the 2015-16 baseline through the use cases, as the platform acting as an
 * administrator, so that every item has its event. Each item has a fixed id and is
 * created only if absent: a second load changes nothing.
 */
@Component
public class BaselineLoader {

    private final PriorityBaseline baseline;

    private final Directory directory;

    private final Outcomes outcomes;

    private final Priorities priorities;

    private final Targets targets;

    private final StrategicAssessments assessments;

    private final Plans plans;

    private final MongoTemplate mongo;

    BaselineLoader(JsonMapper json, Directory directory, Outcomes outcomes, Priorities priorities, Targets targets,
            StrategicAssessments assessments, Plans plans, MongoTemplate mongo) throws IOException {
        try (InputStream in = new ClassPathResource("baseline/priority-baseline.json").getInputStream()) {
            this.baseline = json.readValue(in, PriorityBaseline.class);
        }
        this.directory = directory;
        this.outcomes = outcomes;
        this.priorities = priorities;
        this.targets = targets;
        this.assessments = assessments;
        this.plans = plans;
        this.mongo = mongo;
    }

    /** Whether the replica knows every group and organisation the baseline names. */
    public boolean referencesKnown() {
        return directory.knowsGroups(baseline.groups())
                && baseline.organisations().stream().allMatch(directory::knowsOrganisation);
    }

    /** Loads what is missing; refuses (422) while the replica lacks what it names. */
    public synchronized BaselineLoaded load() {
        if (!referencesKnown()) {
            throw new RuleViolated("The baseline names groups " + baseline.groups() + " and organisations "
                    + baseline.organisations() + " that the partnership service has not all told this service of "
                    + "yet; load the partnership baseline first");
        }
        Standing platform = Standing.platform();
        Tally tally = new Tally();
        baseline.outcomes()
            .forEach(outcome -> tally.once(() -> exists(outcome.code(), "outcomes"), () -> outcomes.record(outcome)));
        baseline.priorities()
            .forEach(priority -> tally.once(() -> exists(priority.id(), "priorities"),
                    () -> priorities.adopt(priority.id(), priority.request(), platform)));
        baseline.targets()
            .forEach(target -> tally.once(() -> exists(target.id(), "targets"),
                    () -> targets.set(target.id(), target.priority(), target.request(), platform)));
        var assessed = baseline.assessments();
        for (String csp : assessed.partnerships()) {
            String id = csp + "-for-" + assessed.period();
            tally.once(() -> exists(id, "strategic_assessments"), () -> assessments.recordHistorical(id, csp,
                    assessed.year(), assessed.completedOn(), assessed.findings(), assessed.recommendedPriorities()));
        }
        loadAgreement(platform, tally);
        return new BaselineLoaded(tally.created, tally.present);
    }

    private void loadAgreement(Standing platform, Tally tally) {
        var agreement = baseline.agreement();
        List<String> adopted = baseline.priorities().stream().map(PriorityBaseline.BaselinePriority::id).toList();
        String id = agreement.partnership() + "-" + agreement.period();
        tally.once(() -> exists(id, "plans"),
                () -> plans.draft(
                        new DraftPlanRequest(agreement.partnership(), agreement.title(), agreement.period(), adopted),
                        platform));
        Plan plan = plans.get(id);
        if (plan.status() == PlanStatus.DRAFT) {
            plan = plans.agree(id, new PlanStepRequest(agreement.agreedOn()), ETags.of(plan.version()), platform);
        }
        if (plan.status() == PlanStatus.AGREED && plan.publishedOn() == null) {
            plans.publish(id, new PlanStepRequest(agreement.publishedOn()), ETags.of(plan.version()), platform);
        }
    }

    private boolean exists(String id, String collection) {
        return mongo.getCollection(collection).countDocuments(new org.bson.Document("_id", id)) > 0;
    }

    /**
     * Counts what a load created and what it found; an item a racing load created counts
     * as found.
     */
    private static final class Tally {

        int created;

        int present;

        void once(BooleanSupplier exists, Runnable create) {
            if (exists.getAsBoolean()) {
                present++;
                return;
            }
            try {
                create.run();
                created++;
            }
            catch (ConcurrentChange | ResourceNotFound raced) {
                present++;
            }
        }

    }

}
