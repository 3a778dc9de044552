package org.communitysafety.priority.target;

import java.util.Collection;
import java.util.Comparator;

/**
 * How a target, priority or outcome is doing, best to worst; {@link #NO_READING} is not a
 * judgement at all, so it is never "worse" than a real status (see {@link #rollUp}).
 */
public enum Rag {

    GREEN, AMBER, RED, NO_READING;

    /**
     * The status of a whole from its parts: the worst of those with a reading, so that
     * one red target shows on its priority and on the outcome above it; parts without a
     * reading are passed over unless no part has one (or there are no parts), when the
     * whole has no reading either.
     */
    public static Rag rollUp(Collection<Rag> parts) {
        return parts.stream().filter(part -> part != NO_READING).max(Comparator.naturalOrder()).orElse(NO_READING);
    }

}
