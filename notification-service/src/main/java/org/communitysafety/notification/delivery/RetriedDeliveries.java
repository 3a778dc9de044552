package org.communitysafety.notification.delivery;

/**
 * The answer to an administrator's retry of the failed deliveries.
 *
 * @param retried how many failed deliveries will be attempted again
 */
public record RetriedDeliveries(int retried) {
}
