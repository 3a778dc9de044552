package org.communitysafety.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The platform's only way in: routes each API to the service that owns it, and guards the services with rate
 * limits, circuit breakers, time limits and size limits. Authentication is added in front of the routes later
 * (see {@link org.communitysafety.gateway.client.ClientKeyResolver} for the seam).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class GatewayApplication {

    public static void main(String[] args) {
        SpringApplication.run(GatewayApplication.class, args);
    }
}
