package org.communitysafety.scrutiny;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Oversight of community safety: crime and disorder committees, the Police and Crime
 * Panel, meetings, reviews and recommendations.
 */
@SpringBootApplication
public class ScrutinyServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ScrutinyServiceApplication.class, args);
    }

}
