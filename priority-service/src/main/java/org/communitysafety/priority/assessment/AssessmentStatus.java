package org.communitysafety.priority.assessment;

/** A strategic assessment under way, or completed with its findings. */
public enum AssessmentStatus {

    IN_PROGRESS, COMPLETED

}
