package org.communitysafety.servicedefaults.events;

/**
 * Something that happened to an aggregate, named in the past tense. Implementations are
 * records annotated with {@link EventType}, which fixes their type on the wire whatever
 * the Java class is called.
 */
public interface DomainEvent {

    /** The wire type of an event class, from its {@link EventType}. */
    static String typeOf(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " has no @EventType");
        }
        return type.value();
    }

}
