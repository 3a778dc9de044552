package org.communitysafety.priority.plan;

/**
 * Where a plan is in its year: drafted, agreed by the partnership, published, and under
 * review (after which it is agreed and published again).
 */
public enum PlanStatus {

    DRAFT, AGREED, PUBLISHED, UNDER_REVIEW;

    /**
     * Whether the public may read it: it has been published and not withdrawn to redraft.
     */
    public boolean isPublic() {
        return this == PUBLISHED || this == UNDER_REVIEW;
    }

}
