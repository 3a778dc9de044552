package org.communitysafety.priority.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The record that the county strategy group received its six-monthly update of community
 * safety activity (§6.3): the one duty the platform's other data cannot show. Updates
 * fall due at the end of each half of the plan year, 30 September and 31 March.
 *
 * @param id {@code <group>-<dueOn>}: one per half-year
 * @param version its version
 * @param partnershipId the county strategy group
 * @param dueOn the half-year end it covers
 * @param metOn when it was given
 * @param evidence what shows it, e.g. the minutes
 */
@Document("six_monthly_updates")
public record SixMonthlyUpdate(@Id String id, @Version Long version, String partnershipId, LocalDate dueOn,
        LocalDate metOn, String evidence) {

    static final List<MonthDay> HALF_YEAR_ENDS = List.of(MonthDay.of(9, 30), MonthDay.of(3, 31));

    static Changed<SixMonthlyUpdate, StatutoryDutyMet> record(String partnershipId, RecordUpdateRequest request,
            LocalDate today) {
        if (!HALF_YEAR_ENDS.contains(MonthDay.from(request.dueOn()))) {
            throw new RuleViolated(
                    "Six-monthly updates fall due on 30 September and 31 March; " + request.dueOn() + " is neither");
        }
        if (request.metOn().isAfter(today)) {
            throw new RuleViolated("An update given on " + request.metOn() + " is in the future; today is " + today);
        }
        SixMonthlyUpdate update = new SixMonthlyUpdate(partnershipId + "-" + request.dueOn(), null, partnershipId,
                request.dueOn(), request.metOn(), request.evidence().strip());
        return new Changed<>(update, new StatutoryDutyMet(update.id, DutyKind.SIX_MONTHLY_UPDATE, partnershipId,
                update.dueOn, update.metOn, update.evidence));
    }

}
