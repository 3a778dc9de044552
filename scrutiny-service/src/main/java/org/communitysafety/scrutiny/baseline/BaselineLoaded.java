package org.communitysafety.scrutiny.baseline;

/**
 * What loading the scrutiny baseline did; loading it again creates nothing.
 *
 * @param created the bodies this load recorded (and published an event for)
 * @param alreadyPresent the bodies it found already there and left as they were
 */
public record BaselineLoaded(int created, int alreadyPresent) {
}
