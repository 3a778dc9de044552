package org.communitysafety.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The platform's services as separate processes running their real jars: the local
 * platform starts them all, an end-to-end test the few it needs. Each service keeps its
 * port for the life of this object, so one that was stopped or killed comes back where
 * the gateway and the tests expect it.
 */
public final class ServiceProcesses implements AutoCloseable {

    /**
     * Generous: on two cores, four Spring Boot services starting side by side take about
     * 20 s.
     */
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(3);

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final Workspace workspace;

    private final InfrastructureAddresses infrastructure;

    private final Map<PlatformService, Integer> ports;

    private final Path logsDirectory;

    private final Map<PlatformService, Map<String, String>> extraEnvironment = new EnumMap<>(PlatformService.class);

    private final Map<PlatformService, PlatformProcess> processes = new EnumMap<>(PlatformService.class);

    private Optional<ClassDataSharing> classDataSharing = Optional.empty();

    private boolean closed;

    public ServiceProcesses(Workspace workspace, InfrastructureAddresses infrastructure,
            Map<PlatformService, Integer> ports, Path logsDirectory) {
        this.workspace = workspace;
        this.infrastructure = infrastructure;
        this.ports = new EnumMap<>(ports);
        this.logsDirectory = logsDirectory;
    }

    /**
     * Every service on a port of its own that nothing else listens on, as end-to-end
     * tests need.
     */
    public static ServiceProcesses onFreePorts(Workspace workspace, InfrastructureAddresses infrastructure,
            Path logsDirectory) {
        return new ServiceProcesses(workspace, infrastructure, ServicePorts.free(), logsDirectory);
    }

    /**
     * Adds a setting to one service's environment, e.g. to load the county baseline; only
     * before it starts.
     */
    public synchronized ServiceProcesses withEnvironment(PlatformService service, String name, String value) {
        if (processes.containsKey(service)) {
            throw new IllegalStateException(service.module() + " has started already; set its environment before");
        }
        extraEnvironment.computeIfAbsent(service, any -> new LinkedHashMap<>()).put(name, value);
        return this;
    }

    /**
     * Starts each service from a class-data-sharing archive, made first where it is
     * missing or stale; only before they start.
     */
    public synchronized ServiceProcesses withClassDataSharing(ClassDataSharing archives) {
        if (!processes.isEmpty()) {
            throw new IllegalStateException("services have started already; choose how they start before");
        }
        classDataSharing = Optional.of(archives);
        return this;
    }

    /**
     * Starts the given services side by side and returns once all are healthy. A service
     * whose jar has not been built fails the start at once, naming the build to run.
     * @return the services started, in start order
     */
    public List<PlatformService> start(Collection<PlatformService> services) {
        List<PlatformService> missing = missingJars(services);
        if (!missing.isEmpty()) {
            throw new PlatformStartupException(missing.stream()
                .map(service -> service.module() + ": no jar at " + workspace.serviceJar(service) + "; "
                        + workspace.buildHint(service.directory()))
                .collect(Collectors.joining(System.lineSeparator())));
        }
        List<PlatformService> startable = services.stream().sorted().toList();
        classDataSharing.ifPresent(archives -> archives.prepare(startable, this::environment, System.out));
        // Side by side: none needs another to start (see PlatformService#dependencies).
        startable.stream().map(this::launch).toList().forEach(PlatformProcess::awaitHealthy);
        return startable;
    }

    public List<PlatformService> start(PlatformService... services) {
        return start(Arrays.asList(services));
    }

    public List<PlatformService> missingJars(Collection<PlatformService> services) {
        return services.stream().sorted().filter(service -> !Files.exists(workspace.serviceJar(service))).toList();
    }

    /**
     * SIGTERM, as an orchestrator stops a pod; SIGKILL if it has not ended after a grace
     * period.
     */
    public void stop(PlatformService service) {
        process(service).ifPresent(process -> process.stop(STOP_GRACE));
    }

    /** SIGKILL, to see what a crash leaves behind. */
    public void kill(PlatformService service) {
        process(service).ifPresent(PlatformProcess::kill);
    }

    /**
     * Stops the service if it still runs, starts it again on the same port and waits
     * until it is healthy.
     */
    public void restart(PlatformService service) {
        stop(service);
        launch(service).awaitHealthy();
    }

    public boolean isRunning(PlatformService service) {
        return process(service).map(PlatformProcess::isAlive).orElse(false);
    }

    public String baseUrl(PlatformService service) {
        return ServiceEnvironment.baseUrl(port(service));
    }

    public int port(PlatformService service) {
        return ports.get(service);
    }

    public Path logFile(PlatformService service) {
        return logsDirectory.resolve(service.module() + ".log");
    }

    public synchronized Optional<PlatformProcess> process(PlatformService service) {
        return Optional.ofNullable(processes.get(service));
    }

    /**
     * Stops everything this object started when the JVM ends, in case a test run is cut
     * short.
     */
    public ServiceProcesses closeOnJvmExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::close, "service-processes-stop"));
        return this;
    }

    /** Stops every service, the gateway first and the services it depends on last. */
    @Override
    public void close() {
        Map<PlatformService, PlatformProcess> started;
        synchronized (this) {
            closed = true;
            started = new EnumMap<>(processes);
        }
        List<List<PlatformService>> stages = new ArrayList<>(
                StartOrder.stages(started.keySet(), PlatformService::dependencies));
        Collections.reverse(stages);
        stages.forEach(stage -> PlatformProcess.stopAll(stage.stream().map(started::get).toList(), STOP_GRACE));
    }

    private synchronized PlatformProcess launch(PlatformService service) {
        if (closed) {
            throw new PlatformStartupException(service.module() + " not started: the platform is stopping");
        }
        return processes.computeIfAbsent(service, this::newProcess).start();
    }

    private PlatformProcess newProcess(PlatformService service) {
        List<String> command = classDataSharing.map(archives -> archives.command(service))
            .orElseGet(() -> JavaCommand.SERVICE.runJar(workspace.serviceJar(service)));
        ProcessSpec spec = new ProcessSpec(service.module(), command, environment(service),
                HealthCheck.httpOk(baseUrl(service) + "/actuator/health"), STARTUP_TIMEOUT);
        return new PlatformProcess(spec, logFile(service));
    }

    private synchronized Map<String, String> environment(PlatformService service) {
        Map<String, String> environment = new LinkedHashMap<>(JavaCommand.NATIVE_MEMORY);
        environment.putAll(ServiceEnvironment.of(service, ports, infrastructure));
        environment.putAll(extraEnvironment.getOrDefault(service, Map.of()));
        return environment;
    }

}
