package org.communitysafety.servicedefaults.config;

import java.io.IOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds the settings every service shares (Kafka producer guarantees, actuator exposure,
 * problem details, timeouts) as the lowest-precedence property source, so they are
 * written once and each service or deployment can still override any of them.
 */
public class ServiceDefaultsEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            new PropertiesPropertySourceLoader()
                .load("service-defaults", new ClassPathResource("config/service-defaults.properties"))
                .forEach(environment.getPropertySources()::addLast);
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot read the service defaults", ex);
        }
    }

}
