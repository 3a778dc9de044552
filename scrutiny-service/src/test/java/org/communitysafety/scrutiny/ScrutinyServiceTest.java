package org.communitysafety.scrutiny;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.communitysafety.testkit.WithPlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port, against the real broker, MongoDB wire server and
 * token issuer, with a clock tests move forward and the {@link Fixtures} to call it.
 * Every test class uses this one configuration, so they all share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithPlatformInfrastructure
@Import({ Fixtures.class, MovableClock.class })
public @interface ScrutinyServiceTest {

}
