package org.communitysafety.authserver;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The development authorisation server of the local platform: issues JWT access tokens by
 * the client-credentials grant to one client per baseline agency and to the county's
 * group manager, scrutiny officer and administrator. Production uses the county's own
 * identity provider; nothing here is meant to leave a developer's machine.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AuthServerApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthServerApplication.class, args);
    }

}
