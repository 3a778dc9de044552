package org.communitysafety.notification;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.communitysafety.testkit.WithPlatformInfrastructure;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole service on a random port, against the real broker, MongoDB wire server, SMTP
 * server and token issuer. The dispatcher looks for due deliveries more often than in
 * production, so that tests wait less; the MongoDB round trips of a piece of work can be
 * counted ({@link MongoRoundTrips}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "platform.mail.delivery.dispatch-interval=100ms")
@WithPlatformInfrastructure
@Import(MongoRoundTrips.class)
public @interface NotificationServiceTest {

}
