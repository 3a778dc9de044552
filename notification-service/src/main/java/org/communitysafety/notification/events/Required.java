package org.communitysafety.notification.events;

/**
 * The checks every consumed contract makes of its data: what an alert cannot do without
 * is refused, so that the event is dead-lettered rather than half-handled.
 */
final class Required {

    private Required() {
    }

    static void text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    static void present(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

}
