package org.communitysafety.priority.baseline;

/**
 * What a load of the baseline did.
 *
 * @param created items it created
 * @param alreadyPresent items it found already there (all of them on a second load)
 */
public record BaselineLoaded(int created, int alreadyPresent) {
}
