package org.communitysafety.partnership.partnership;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What a caller is looking for among groups; every part is optional.
 *
 * @param kind of this kind
 * @param area covering this GSS area (as listed; a countywide group lists the county's
 * code)
 * @param status with this status now
 * @param reportsTo reporting directly to this group
 * @param managedBy run by this organisation
 */
record PartnershipFilter(PartnershipKind kind, String area, PartnershipStatus status, String reportsTo,
        String managedBy) {

    Query toQuery() {
        Criteria criteria = new Criteria();
        if (kind != null) {
            criteria.and("kind").is(kind);
        }
        if (area != null) {
            criteria.and("areas").is(area);
        }
        if (status != null) {
            criteria.and("status").is(status);
        }
        if (reportsTo != null) {
            criteria.and("reportsTo").is(reportsTo);
        }
        if (managedBy != null) {
            criteria.and("managedBy").is(managedBy);
        }
        return new Query(criteria);
    }
}
