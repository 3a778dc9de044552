package org.communitysafety.priority.commissioning;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A commission, as the API shows it.
 *
 * @param id the commission
 * @param priority the priority it serves
 * @param partnership the partnership that holds the priority
 * @param commissioner the group or organisation that commissioned it
 * @param service what is commissioned
 * @param provider who provides it
 * @param startsOn first day of the period
 * @param endsOn last day of the period
 * @param amount how much, in pounds
 * @param version its version, also its ETag
 */
public record CommissionResponse(String id, String priority, String partnership, String commissioner, String service,
        String provider, LocalDate startsOn, LocalDate endsOn, BigDecimal amount, long version) {

    static CommissionResponse of(Commission commission) {
        return new CommissionResponse(commission.id(), commission.priorityId(), commission.partnershipId(),
                commission.commissionerId(), commission.service(), commission.provider(), commission.startsOn(),
                commission.endsOn(), commission.amount(), commission.version());
    }
}
