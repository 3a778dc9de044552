package org.communitysafety.infra;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whole platform on one machine with one command: Kafka, MongoDB and SMTP first, side
 * by side, then the token issuer, the services and the gateway, also side by side, each a
 * process of its own logging to {@code <data>/logs/<name>.log}. Ctrl-C stops everything
 * in reverse order. Run by {@code infra/start-platform.sh}; see
 * {@link LocalPlatformSettings} for the settings.
 */
public final class LocalPlatform {

    private final LocalPlatformSettings settings;

    private final LocalInfrastructure infrastructure;

    private final ServiceProcesses services;

    /**
     * Three restarts, 2 s, 4 s and 8 s apart: enough to ride out a one-off crash, few
     * enough that a crash loop stops the platform within a minute.
     */
    private final Supervisor supervisor = new Supervisor(3, Duration.ofSeconds(2), System.err, () -> System.exit(1));

    private volatile boolean stopping;

    LocalPlatform(LocalPlatformSettings settings) {
        this.settings = settings;
        this.infrastructure = new LocalInfrastructure(settings.workspace(), settings.infrastructurePorts(),
                settings.dataDirectory());
        this.services = new ServiceProcesses(settings.workspace(), infrastructure.addresses(), settings.servicePorts(),
                settings.logsDirectory());
        if (settings.classDataSharing()) {
            services.withClassDataSharing(ClassDataSharing.of(settings.workspace()));
        }
        // The county baseline on first start (loading is idempotent), and one signing key
        // for every start, so
        // that a token issued before a restart is still accepted after it.
        PlatformService.domainServices()
            .forEach(service -> services.withEnvironment(service, "PLATFORM_BASELINE_LOAD_ON_START", "true"));
        services.withEnvironment(PlatformService.AUTH_SERVER, "AUTH_DATA_DIR",
                settings.dataDirectory().resolve("auth-server").toString());
    }

    public static void main(String[] args) throws InterruptedException {
        try {
            new LocalPlatform(LocalPlatformSettings.fromEnvironment(Workspace.locate(), Arrays.asList(args))).run();
        }
        catch (PlatformStartupException | IllegalArgumentException | IllegalStateException ex) {
            System.err.println(System.lineSeparator() + "The platform did not start: " + ex.getMessage());
            System.exit(1);
        }
    }

    void run() throws InterruptedException {
        Instant began = Instant.now();
        Set<PlatformService> wanted = settings.infrastructureOnly() ? EnumSet.noneOf(PlatformService.class)
                : EnumSet.allOf(PlatformService.class);
        List<PlatformService> missing = services.missingJars(wanted);
        if (!missing.isEmpty()) {
            throw new PlatformStartupException("services not built: "
                    + missing.stream().map(PlatformService::module).collect(Collectors.joining(", "))
                    + ". Run infra/start-platform.sh, which builds them first, or "
                    + settings.workspace().buildHint(missing.get(0).module()) + " (or start with "
                    + LocalPlatformSettings.INFRASTRUCTURE_ONLY + ")");
        }
        refuseTakenPorts(List.copyOf(wanted));
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "local-platform-stop"));
        System.out.println("Starting kafka, mongo and smtp; logs in " + settings.logsDirectory());
        List<PlatformService> started;
        try {
            infrastructure.start();
            if (!wanted.isEmpty()) {
                System.out
                    .println("Starting the services and the gateway side by side (half a minute or so on two cores)");
            }
            started = services.start(wanted);
        }
        catch (PlatformStartupException ex) {
            if (stopping) {
                return;
            }
            throw ex;
        }
        System.out.print(PlatformSummary.render(settings, started, Duration.between(began, Instant.now()),
                ProcessHandle.current().pid()));
        supervise(started);
        Thread.currentThread().join();
    }

    private void refuseTakenPorts(List<PlatformService> toStart) {
        Map<Integer, List<String>> clashes = settings.portClashes(toStart);
        if (!clashes.isEmpty()) {
            throw new PlatformStartupException("one port each, please; these are shared: " + clashes);
        }
        Map<String, Integer> taken = settings.portsFor(toStart)
            .entrySet()
            .stream()
            .filter(entry -> HealthCheck.portOpen(entry.getValue()).passes())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
        if (!taken.isEmpty()) {
            throw new PlatformStartupException("ports already in use: " + taken + ". Is the platform already "
                    + "running? Choose others with -Dplatform.<name>.port or PLATFORM_<NAME>_PORT");
        }
    }

    /**
     * A process that ends while the platform runs is reported at once, with where to
     * look, and restarted, or the platform stops (see {@link Supervisor}).
     */
    private void supervise(List<PlatformService> started) {
        List<PlatformProcess> all = new ArrayList<>(infrastructure.processes());
        started.forEach(service -> services.process(service).ifPresent(all::add));
        all.forEach(supervisor::watch);
    }

    /** Reverse order: the gateway, the services, then what they all depend on. */
    private void stop() {
        stopping = true;
        supervisor.stop();
        System.out.println(System.lineSeparator() + "Stopping the platform");
        services.close();
        infrastructure.stop();
        System.out.println("Stopped; data kept in " + settings.dataDirectory());
    }

}
