package org.communitysafety.infra;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * How the local platform is to run: where its data goes, which ports it uses and whether
 * the services start too. Each setting {@code name} is read from the system property
 * {@code platform.name}, else the environment variable {@code PLATFORM_NAME} (upper case,
 * dots and dashes as underscores): {@code -Dplatform.gateway.port=18080} or
 * {@code PLATFORM_GATEWAY_PORT=18080}. Class data sharing ({@link ClassDataSharing}) is
 * on unless {@code class-data-sharing} is {@code false}.
 */
public record LocalPlatformSettings(Workspace workspace, Path dataDirectory, InfrastructurePorts infrastructurePorts,
        Map<PlatformService, Integer> servicePorts, boolean infrastructureOnly, boolean classDataSharing) {

    public static final String INFRASTRUCTURE_ONLY = "--infrastructure-only";

    public static LocalPlatformSettings fromEnvironment(Workspace workspace, List<String> args) {
        return from(workspace, args, System::getProperty, System::getenv);
    }

    static LocalPlatformSettings from(Workspace workspace, List<String> args, UnaryOperator<String> systemProperties,
            UnaryOperator<String> environment) {
        for (String arg : args) {
            if (!arg.equals(INFRASTRUCTURE_ONLY)) {
                throw new IllegalArgumentException(
                        "Unknown argument " + arg + "; the only one is " + INFRASTRUCTURE_ONLY);
            }
        }
        UnaryOperator<String> settings = name -> {
            String property = systemProperties.apply("platform." + name);
            return property != null ? property
                    : environment.apply("PLATFORM_" + name.toUpperCase(Locale.ROOT).replaceAll("[.-]", "_"));
        };
        String configuredData = settings.apply("data-dir");
        Path dataDirectory = configuredData == null ? workspace.root().resolve(".local-platform")
                : Path.of(configuredData).toAbsolutePath();
        return new LocalPlatformSettings(workspace, dataDirectory, InfrastructurePorts.configured(settings),
                ServicePorts.configured(settings), args.contains(INFRASTRUCTURE_ONLY),
                !"false".equalsIgnoreCase(settings.apply("class-data-sharing")));
    }

    public Path logsDirectory() {
        return dataDirectory.resolve("logs");
    }

    /**
     * Every port the platform will listen on with these services, by what listens there.
     */
    public Map<String, Integer> portsFor(Collection<PlatformService> services) {
        Map<String, Integer> all = new LinkedHashMap<>(infrastructurePorts.byName());
        services.forEach(service -> all.put(service.module(), servicePorts.get(service)));
        return all;
    }

    /**
     * Ports given to more than one part, e.g. a Kafka controller moved onto Mongo's port,
     * with the parts' names.
     */
    public Map<Integer, List<String>> portClashes(Collection<PlatformService> services) {
        Map<Integer, List<String>> byPort = portsFor(services).entrySet()
            .stream()
            .collect(Collectors.groupingBy(Map.Entry::getValue, TreeMap::new,
                    Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
        byPort.values().removeIf(names -> names.size() < 2);
        return byPort;
    }
}
