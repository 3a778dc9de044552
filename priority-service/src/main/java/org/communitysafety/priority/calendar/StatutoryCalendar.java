package org.communitysafety.priority.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.communitysafety.priority.access.Standing;
import org.communitysafety.priority.assessment.AssessmentStatus;
import org.communitysafety.priority.assessment.AssessmentWindow;
import org.communitysafety.priority.assessment.StrategicAssessment;
import org.communitysafety.priority.assessment.StrategicAssessments;
import org.communitysafety.priority.plan.Plan;
import org.communitysafety.priority.plan.Plans;
import org.communitysafety.priority.replica.Directory;
import org.communitysafety.priority.replica.Group;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * The statutory duties of a plan year (April to March) that the data implies, each met
 * (with its evidence), due or overdue as of a day. Each CSP: its strategic assessment in
 * the June to October window of the year (§6.4) and its plan for the year published by
 * the day the year starts (§1.2, §4.1). Each county strategy group: its six-monthly
 * updates (30 September, 31 March; §6.3), the agreement for the year published by the day
 * it starts, sent to the Commissioner within four weeks of being agreed (§1.4) and its
 * review begun by 12 months after (§1.5). Dissolved groups have no duties.
 */
@Service
public class StatutoryCalendar {

    private final Directory directory;

    private final StrategicAssessments assessments;

    private final Plans plans;

    private final MongoTemplate mongo;

    private final AggregateStore store;

    private final Clock clock;

    StatutoryCalendar(Directory directory, StrategicAssessments assessments, Plans plans, MongoTemplate mongo,
            AggregateStore store, Clock clock) {
        this.directory = directory;
        this.assessments = assessments;
        this.plans = plans;
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
    }

    /** The duties of the plan year (e.g. {@code 2015-16}), of one partnership or all. */
    public List<Duty> of(String period, String partnership, LocalDate asAt) {
        LocalDate day = asAt == null ? UkCalendar.today(clock) : asAt;
        int year = Integer.parseInt(period.substring(0, 4));
        List<Duty> duties = new ArrayList<>();
        for (Group group : directory.dutyHolders()) {
            if (partnership == null || partnership.equals(group.id())) {
                duties.addAll(group.isDistrictCsp() ? cspDuties(group, period, year, day)
                        : countyDuties(group, period, year, day));
            }
        }
        duties.sort(Comparator.comparing(Duty::dueOn).thenComparing(Duty::partnership).thenComparing(Duty::kind));
        return duties;
    }

    SixMonthlyUpdate recordUpdate(RecordUpdateRequest request, Standing standing) {
        Group group = directory.activeGroup(request.partnership(), "partnership");
        standing.checkManages(group);
        if (!group.isCountyStrategyGroup()) {
            throw new RuleViolated("Six-monthly updates are given to the county strategy group (§6.3); '" + group.name()
                    + "' is a " + group.kind());
        }
        var recorded = SixMonthlyUpdate.record(group.id(), request, UkCalendar.today(clock));
        if (mongo.findById(recorded.aggregate().id(), SixMonthlyUpdate.class) != null) {
            throw new RuleViolated("The update due on " + request.dueOn() + " is already recorded");
        }
        return store.insert(recorded.aggregate(), List.of(recorded.event()));
    }

    private List<Duty> cspDuties(Group csp, String period, int year, LocalDate day) {
        StrategicAssessment assessed = assessments.of(year, csp.id())
            .stream()
            .filter(assessment -> assessment.status() == AssessmentStatus.COMPLETED
                    && AssessmentWindow.includes(year, assessment.completedOn()))
            .findFirst()
            .orElse(null);
        Plan plan = plans.find(csp.id() + "-" + period).orElse(null);
        return List.of(
                Duty.of(DutyKind.STRATEGIC_ASSESSMENT, csp.id(), "Strategic assessment, June to October " + year,
                        AssessmentWindow.closesOn(year), assessed == null ? null : assessed.completedOn(),
                        assessed == null ? null : "Strategic assessment " + assessed.id() + " completed", day),
                annualPlan(csp.id(), "Partnership plan " + period + " published", year, plan, day));
    }

    private List<Duty> countyDuties(Group county, String period, int year, LocalDate day) {
        List<Duty> duties = new ArrayList<>();
        for (LocalDate due : List.of(LocalDate.of(year, 9, 30), LocalDate.of(year + 1, 3, 31))) {
            SixMonthlyUpdate update = mongo.findById(county.id() + "-" + due, SixMonthlyUpdate.class);
            duties.add(Duty.of(DutyKind.SIX_MONTHLY_UPDATE, county.id(),
                    "Six-monthly update of community safety " + "activity", due, update == null ? null : update.metOn(),
                    update == null ? null : update.evidence(), day));
        }
        Plan agreement = plans.find(county.id() + "-" + period).orElse(null);
        duties
            .add(annualPlan(county.id(), "Community safety agreement " + period + " published", year, agreement, day));
        if (agreement != null && agreement.agreedOn() != null) {
            duties.add(Duty.of(DutyKind.AGREEMENT_TO_COMMISSIONER, county.id(),
                    "Agreement sent to the Police and Crime Commissioner", agreement.commissionerCopyDue(),
                    agreement.sentToCommissionerOn(), agreement.commissionerEvidence(), day));
            duties.add(Duty.of(DutyKind.AGREEMENT_REVIEW, county.id(), "Agreement reviewed (every 12 months)",
                    agreement.reviewDue(), agreement.reviewStartedOn(),
                    agreement.reviewStartedOn() == null ? null : "Review started", day));
        }
        return duties;
    }

    private static Duty annualPlan(String partnership, String description, int year, Plan plan, LocalDate day) {
        LocalDate published = plan == null ? null : plan.publishedOn();
        return Duty.of(DutyKind.ANNUAL_PLAN, partnership, description, LocalDate.of(year, 4, 1), published,
                published == null ? null : "Plan " + plan.id() + " published", day);
    }

}
