package org.communitysafety.servicedefaults.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The versioned CloudEvents {@code type} of a {@link DomainEvent}, for example
 * {@code org.communitysafety.partnership.member-appointed.v1}. A breaking change to the
 * data gets a new version, never a silent change to the old one.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface EventType {

    String value();

}
