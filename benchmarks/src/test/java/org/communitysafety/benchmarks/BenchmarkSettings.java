package org.communitysafety.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a benchmark run keeps its state and figures, the ports the platform under test
 * listens on (away from a developer's own platform on the defaults), and how long each
 * phase lasts. Read from system properties that the benchmark profile sets.
 */
final class BenchmarkSettings {

    static final int GATEWAY_PORT = 18080;

    static final int PARTNERSHIP_PORT = 18081;

    static final int NOTIFICATION_PORT = 18084;

    static final int PRIORITY_PORT = 18082;

    /** The second gateway, without its cache of verified tokens. */
    static final int UNCACHED_GATEWAY_PORT = 18090;

    static final int AUTH_SERVER_PORT = 19000;

    static final int MAIL_WEB_PORT = 18025;

    static final int SMTP_PORT = 13025;

    /** The launcher's settings (infra/README.md) that put the platform on these ports. */
    static final Map<String, String> PORTS = portSettings();

    private BenchmarkSettings() {
    }

    static Path directory() {
        return Path.of(System.getProperty("benchmark.directory", "target/benchmark")).toAbsolutePath();
    }

    static Path repoRoot() {
        return Path.of(System.getProperty("benchmark.repo-root", "..")).toAbsolutePath().normalize();
    }

    /** 1 for the published figures; less for a quick try of the whole run. */
    static double scale() {
        return Double.parseDouble(System.getProperty("benchmark.scale", "1"));
    }

    static Duration scaled(Duration full) {
        return Duration.ofMillis(Math.max(1000, (long) (full.toMillis() * scale())));
    }

    static String label() {
        return System.getProperty("benchmark.label", "baseline");
    }

    /** NAME=value;NAME=value given to the launcher, and through it to every process. */
    static Map<String, String> extraEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        String given = System.getProperty("benchmark.platform-environment", "");
        for (String pair : given.split(";")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                environment.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
            }
        }
        return environment;
    }

    static String gateway() {
        return "http://127.0.0.1:" + GATEWAY_PORT;
    }

    static String uncachedGateway() {
        return "http://127.0.0.1:" + UNCACHED_GATEWAY_PORT;
    }

    static String priorityService() {
        return "http://127.0.0.1:" + PRIORITY_PORT;
    }

    /** True when the run skips the gateway part (and so needs no second gateway). */
    static boolean skipsGateway() {
        return Boolean.getBoolean("benchmark.skip-gateway");
    }

    static String partnershipService() {
        return "http://127.0.0.1:" + PARTNERSHIP_PORT;
    }

    static String notificationService() {
        return "http://127.0.0.1:" + NOTIFICATION_PORT;
    }

    static String authServer() {
        return "http://127.0.0.1:" + AUTH_SERVER_PORT;
    }

    static String mailWeb() {
        return "http://127.0.0.1:" + MAIL_WEB_PORT;
    }

    private static Map<String, String> portSettings() {
        Map<String, String> ports = new LinkedHashMap<>();
        ports.put("PLATFORM_GATEWAY_PORT", String.valueOf(GATEWAY_PORT));
        ports.put("PLATFORM_PARTNERSHIP_SERVICE_PORT", String.valueOf(PARTNERSHIP_PORT));
        ports.put("PLATFORM_PRIORITY_SERVICE_PORT", String.valueOf(PRIORITY_PORT));
        ports.put("PLATFORM_SCRUTINY_SERVICE_PORT", "18083");
        ports.put("PLATFORM_NOTIFICATION_SERVICE_PORT", String.valueOf(NOTIFICATION_PORT));
        ports.put("PLATFORM_AUTH_SERVER_PORT", String.valueOf(AUTH_SERVER_PORT));
        ports.put("PLATFORM_KAFKA_PORT", "19092");
        ports.put("PLATFORM_KAFKA_CONTROLLER_PORT", "19093");
        ports.put("PLATFORM_MONGO_PORT", "37017");
        ports.put("PLATFORM_SMTP_PORT", String.valueOf(SMTP_PORT));
        ports.put("PLATFORM_MAIL_WEB_PORT", String.valueOf(MAIL_WEB_PORT));
        return ports;
    }

}
