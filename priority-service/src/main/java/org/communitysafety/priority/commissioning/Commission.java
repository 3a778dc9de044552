package org.communitysafety.priority.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A service or funding commissioned against a priority by a group or an organisation, for
 * a period, with an amount (§6 Resourcing: "the group will commission services
 * appropriate to their aims").
 *
 * @param id the commission
 * @param version its version, also its ETag
 * @param priorityId the priority it serves
 * @param partnershipId the partnership that holds the priority
 * @param commissionerId the group or organisation that commissioned it
 * @param service what is commissioned
 * @param provider who provides it, if known
 * @param startsOn first day of the period
 * @param endsOn last day of the period
 * @param amount how much, in pounds
 */
@Document("commissions")
public record Commission(@Id String id, @Version Long version, String priorityId, String partnershipId,
        String commissionerId, String service, String provider, LocalDate startsOn, LocalDate endsOn,
        BigDecimal amount) {

    static Changed<Commission, CommissioningRecorded> record(String priorityId, String partnershipId,
            RecordCommissionRequest request) {
        if (request.endsOn().isBefore(request.startsOn())) {
            throw new RuleViolated(
                    "The period ends on " + request.endsOn() + ", before it starts on " + request.startsOn());
        }
        Commission commission = new Commission(UUID.randomUUID().toString(), null, priorityId, partnershipId,
                request.commissioner(), request.service().strip(), request.provider(), request.startsOn(),
                request.endsOn(), request.amount());
        return new Changed<>(commission,
                new CommissioningRecorded(commission.id, priorityId, partnershipId, commission.commissionerId,
                        commission.service, commission.provider, commission.startsOn, commission.endsOn,
                        commission.amount));
    }

}
