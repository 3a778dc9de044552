package org.communitysafety.priority;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * What the partnerships do and how: strategic assessments, priorities, targets, plans,
 * the county agreement and action plans.
 */
@SpringBootApplication
public class PriorityServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PriorityServiceApplication.class, args);
    }

}
