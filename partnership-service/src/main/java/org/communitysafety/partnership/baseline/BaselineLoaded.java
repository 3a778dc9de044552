package org.communitysafety.partnership.baseline;

/**
 * What loading the county baseline did. Loading it again creates nothing: everything is
 * already present.
 *
 * @param created what this load created (and published an event for)
 * @param alreadyPresent what it found already there and left as it was
 */
public record BaselineLoaded(BaselineCounts created, BaselineCounts alreadyPresent) {
}
