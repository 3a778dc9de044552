package org.communitysafety.partnership.baseline;

/**
 * How many of each part of the baseline a load found in one state (created, or already
 * present).
 *
 * @param organisations organisations
 * @param partnerships partnerships and groups
 * @param termsOfReference groups' terms of reference
 * @param members representatives' memberships
 */
public record BaselineCounts(int organisations, int partnerships, int termsOfReference, int members) {

    static final BaselineCounts NONE = new BaselineCounts(0, 0, 0, 0);

    BaselineCounts plus(BaselineCounts other) {
        return new BaselineCounts(organisations + other.organisations, partnerships + other.partnerships,
                termsOfReference + other.termsOfReference, members + other.members);
    }
}
