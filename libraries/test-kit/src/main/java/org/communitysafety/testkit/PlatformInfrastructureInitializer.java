package org.communitysafety.testkit;

import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.ClassUtils;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a Spring test context at the shared {@link PlatformInfrastructure}: the broker,
 * the service's own database, the SMTP server and the test token issuer; and records the
 * spans it exports ({@link RecordedSpans}), which it exports at once rather than every
 * few seconds. Used through {@link WithPlatformInfrastructure}.
 */
public class PlatformInfrastructureInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        PlatformInfrastructure infrastructure = PlatformInfrastructure.shared();
        String database = context.getEnvironment().getProperty("spring.application.name", "test");
        context.getEnvironment()
            .getPropertySources()
            .addFirst(new MapPropertySource("platformInfrastructure",
                    Map.of("spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                            "spring.mongodb.uri", infrastructure.mongoUri(database), "spring.mail.host",
                            infrastructure.smtpHost(), "spring.mail.port", String.valueOf(infrastructure.smtpPort()),
                            "platform.security.jwk-set-uri", TestTokens.shared().jwkSetUri(),
                            "platform.security.issuer", TestTokens.shared().issuer(),
                            "management.opentelemetry.tracing.export.schedule-delay", "50ms")));
        if (ClassUtils.isPresent("io.opentelemetry.sdk.trace.export.SpanExporter", context.getClassLoader())) {
            context.getBeanFactory().registerSingleton("recordedSpans", new RecordedSpans());
        }
    }

}
