package org.communitysafety.servicedefaults.consumer;

/**
 * Where a consumer's poison messages go: one dead-letter topic per consumed topic and
 * consuming service, e.g. {@code partnership.events.notification.dlt}, so a replay
 * reaches only the service that failed.
 */
public final class DeadLetterTopics {

    private DeadLetterTopics() {
    }

    public static String of(String topic, String consumer) {
        return topic + "." + consumer + ".dlt";
    }

    /** The original topic of a dead-letter topic. */
    public static String originOf(String deadLetterTopic) {
        String withoutSuffix = deadLetterTopic.substring(0, deadLetterTopic.length() - ".dlt".length());
        return withoutSuffix.substring(0, withoutSuffix.lastIndexOf('.'));
    }

}
