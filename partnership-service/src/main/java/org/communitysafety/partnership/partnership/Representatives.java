package org.communitysafety.partnership.partnership;

import java.time.LocalDate;

/**
 * Who serves on a group, as the membership feature knows it. Declared here so that a
 * group can refuse to lose a member organisation, or be dissolved, while representatives
 * still serve, without depending on membership.
 */
public interface Representatives {

    /**
     * How many representatives serve on the group after the day (their membership has no
     * end date, or a later one, including those appointed from a later day); only those
     * of the organisation, if one is given.
     */
    long servingAfter(String partnership, String organisation, LocalDate day);

}
