package org.communitysafety.priority;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.communitysafety.testkit.WithPlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port, against the real broker, MongoDB wire server and
 * token issuer, with a {@link TestClock} the tests move and the {@link Fixtures} to call
 * it. The sweeps run when a test calls them, not on their schedule. Every test class uses
 * this one configuration, so they all share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "platform.priority.sweep-interval=1h")
@WithPlatformInfrastructure
@Import({ Fixtures.class, TestClock.class })
public @interface PriorityServiceTest {

}
