package org.communitysafety.partnership.organisation;

import java.util.regex.Pattern;

import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What a caller is looking for among organisations; every part is optional.
 *
 * @param type of this kind
 * @param area serving this GSS area
 * @param responsibleAuthority responsible authorities or not
 * @param name with a word of the name starting with this text, ignoring case
 */
record OrganisationFilter(OrganisationType type, String area, Boolean responsibleAuthority, String name) {

    /**
     * The query for it. The embedded MongoDB has no {@code $text}, so the name is matched
     * with a case-insensitive regular expression anchored at the start of a word, built
     * from the caller's text quoted as a literal: what they type is only ever data to
     * match, never a pattern or a query operator.
     */
    Query toQuery() {
        Criteria criteria = new Criteria();
        if (type != null) {
            criteria.and("type").is(type);
        }
        if (area != null) {
            criteria.and("areas").is(area);
        }
        if (responsibleAuthority != null) {
            criteria.and("responsibleAuthority").is(responsibleAuthority);
        }
        if (name != null && !name.isBlank()) {
            criteria.and("name").regex("(^|\\s)" + Pattern.quote(name.trim()), "i");
        }
        return new Query(criteria);
    }
}
