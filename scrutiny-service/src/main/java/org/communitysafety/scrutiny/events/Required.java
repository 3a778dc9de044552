package org.communitysafety.scrutiny.events;

/** Refuses consumed data without a field this service relies on. */
final class Required {

    private Required() {
    }

    static void of(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

}
