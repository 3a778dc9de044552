package org.communitysafety.partnership;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Who does community safety in the county: partnerships and groups, organisations and
 * their representatives.
 */
@SpringBootApplication
public class PartnershipServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PartnershipServiceApplication.class, args);
    }

}
