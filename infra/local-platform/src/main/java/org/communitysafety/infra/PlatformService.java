package org.communitysafety.infra;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The platform's Spring Boot applications, each built by its own module to
 * {@code <directory>/target/<module>.jar}, with the port it has on the local platform and
 * the database it owns.
 */
public enum PlatformService {

    AUTH_SERVER("infra/auth-server", 9000, null), PARTNERSHIP("partnership-service", 8081, "partnership"),
    PRIORITY("priority-service", 8082, "priority"), SCRUTINY("scrutiny-service", 8083, "scrutiny"),
    NOTIFICATION("notification-service", 8084, "notification"), GATEWAY("gateway", 8080, null);

    private final String directory;

    private final int defaultPort;

    private final String database;

    PlatformService(String directory, int defaultPort, String database) {
        this.directory = directory;
        this.defaultPort = defaultPort;
        this.database = database;
    }

    /** The module's directory in the repository. */
    public String directory() {
        return directory;
    }

    /** The module's name, also its jar's and its log's. */
    public String module() {
        return directory.substring(directory.lastIndexOf('/') + 1);
    }

    public int defaultPort() {
        return defaultPort;
    }

    public Optional<String> database() {
        return Optional.ofNullable(database);
    }

    /**
     * The services that own a database and a share of the domain; the gateway routes to
     * these.
     */
    public static Set<PlatformService> domainServices() {
        return EnumSet.of(PARTNERSHIP, PRIORITY, SCRUTINY, NOTIFICATION);
    }

    /**
     * What this one relies on while it runs: the services on the token issuer's keys, the
     * gateway on the services it routes to. The platform stops in the reverse order, the
     * gateway first. It starts them all side by side: none needs another to start, since
     * a service fetches the issuer's keys when it first checks a token and the gateway
     * reaches a service when it first routes to it.
     */
    public Set<PlatformService> dependencies() {
        return switch (this) {
            case AUTH_SERVER -> EnumSet.noneOf(PlatformService.class);
            case PARTNERSHIP, PRIORITY, SCRUTINY, NOTIFICATION -> EnumSet.of(AUTH_SERVER);
            case GATEWAY -> {
                Set<PlatformService> all = domainServices();
                all.add(AUTH_SERVER);
                yield all;
            }
        };
    }

    /**
     * The gateway's environment variable for this service's address, e.g.
     * {@code PARTNERSHIP_SERVICE_URL}.
     */
    public String urlVariable() {
        return module().toUpperCase(Locale.ROOT).replace('-', '_') + "_URL";
    }

    public static PlatformService ofModule(String module) {
        for (PlatformService service : values()) {
            if (service.module().equals(module)) {
                return service;
            }
        }
        throw new IllegalArgumentException("No platform service " + module);
    }

}
