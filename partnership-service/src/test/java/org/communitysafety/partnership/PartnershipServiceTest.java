package org.communitysafety.partnership;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.communitysafety.localinfrastructure.WithPlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;

/** The whole service on a random port, against the real broker, MongoDB wire server and token issuer. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithPlatformInfrastructure
public @interface PartnershipServiceTest {
}
