package org.communitysafety.infra;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What to run for one part of the platform and how to tell it is ready: the command line,
 * the environment it adds to the launcher's own, the health check and how long it may
 * take to pass.
 */
public record ProcessSpec(String name, List<String> command, Map<String, String> environment, HealthCheck health,
        Duration startupTimeout) {

    public ProcessSpec {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }
}
