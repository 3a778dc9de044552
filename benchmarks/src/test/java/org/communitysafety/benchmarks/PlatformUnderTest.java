package org.communitysafety.benchmarks;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The local platform as a person starts it: its launcher ({@code infra/local-platform},
 * the class {@code infra/start-platform.sh} runs) as a process, with a data directory and
 * ports of the run's own. Finds the launcher's children by their command lines and reads
 * their resident memory from {@code /proc}.
 */
final class PlatformUnderTest {

    /** Each part of the platform, in the launcher's start order, with how it is known. */
    enum Part {

        KAFKA("kafka", "KafkaNode", null, 19092), MONGO("mongo", "MongoWireServer", null, 37017),
        SMTP("smtp", "greenmail", null, BenchmarkSettings.SMTP_PORT),
        AUTH_SERVER("auth-server", "/auth-server.jar", BenchmarkSettings.AUTH_SERVER_PORT, 0),
        PARTNERSHIP("partnership-service", "/partnership-service.jar", BenchmarkSettings.PARTNERSHIP_PORT, 0),
        PRIORITY("priority-service", "/priority-service.jar", BenchmarkSettings.PRIORITY_PORT, 0),
        SCRUTINY("scrutiny-service", "/scrutiny-service.jar", 18083, 0),
        NOTIFICATION("notification-service", "/notification-service.jar", BenchmarkSettings.NOTIFICATION_PORT, 0),
        GATEWAY("gateway", "/gateway.jar", BenchmarkSettings.GATEWAY_PORT, 0);

        final String name;

        final String commandMark;

        final Integer httpPort;

        final int tcpPort;

        Part(String name, String commandMark, Integer httpPort, int tcpPort) {
            this.name = name;
            this.commandMark = commandMark;
            this.httpPort = httpPort;
            this.tcpPort = tcpPort;
        }

        boolean isSpringService() {
            return httpPort != null;
        }

        boolean ready() {
            if (this == SMTP) {
                return portOpen(tcpPort) && Api.healthyAt(BenchmarkSettings.mailWeb() + "/api/service/readiness");
            }
            return isSpringService() ? Api.healthy("http://127.0.0.1:" + httpPort) : portOpen(tcpPort);
        }

    }

    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(5);

    private PlatformUnderTest() {
    }

    /**
     * Starts the launcher on a fresh data directory and waits until every part answers,
     * noting when each part's process began and when it became ready. Returns the
     * launcher's process id.
     */
    static long start(Figures figures) throws IOException, InterruptedException {
        Path root = BenchmarkSettings.repoRoot();
        Path launcherJar = root.resolve("infra/local-platform/target/local-platform.jar");
        for (Part part : Part.values()) {
            if (part.isSpringService() || part == Part.SMTP) {
                requireBuilt(root, part);
            }
        }
        if (!Files.exists(launcherJar)) {
            throw new IllegalStateException("No launcher at " + launcherJar + "; build first: ./mvnw -q -B package "
                    + "-DskipTests (benchmarks/run.sh does)");
        }
        Path directory = BenchmarkSettings.directory();
        Path data = directory.resolve("platform-data");
        deleteRecursively(data);
        Files.createDirectories(data);
        for (Part part : Part.values()) {
            if (part.ready()) {
                throw new IllegalStateException(part.name + "'s port is taken: is a benchmark platform running? "
                        + "Stop it (kill the launcher in " + directory.resolve("launcher.log") + ") and try again");
            }
        }
        List<String> command = List.of(javaCommand(), "-Xmx128m", "-XX:+UseSerialGC", "-Dplatform.repo-root=" + root,
                "-cp", launcherJar + ":" + root.resolve("infra/local-platform/target/lib") + "/*",
                "org.communitysafety.infra.LocalPlatform");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(directory.resolve("launcher.log").toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(BenchmarkSettings.PORTS);
        builder.environment().put("PLATFORM_DATA_DIR", data.toString());
        // The gateway's per-client limit (20 a second) would otherwise measure itself:
        // lifted
        // so high that it never refuses, while every request still passes through it.
        builder.environment().put("RATE_LIMIT_REPLENISH_RATE", "1000000");
        builder.environment().put("RATE_LIMIT_BURST_CAPACITY", "1000000");
        builder.environment().putAll(BenchmarkSettings.extraEnvironment());
        long began = System.currentTimeMillis();
        Process launcher = builder.start();
        figures.put("launcher.pid", launcher.pid()).put("platform.started-at", began);
        figures.save();

        Map<Part, Long> readyAt = new LinkedHashMap<>();
        Map<Part, Long> processStartedAt = new LinkedHashMap<>();
        long deadline = began + STARTUP_TIMEOUT.toMillis();
        while (readyAt.size() < Part.values().length) {
            if (!launcher.isAlive()) {
                throw new IllegalStateException("The launcher ended with " + launcher.exitValue() + " before the "
                        + "platform was ready; see " + directory.resolve("launcher.log") + " and " + data + "/logs");
            }
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("The platform was not ready within " + STARTUP_TIMEOUT);
            }
            childrenOf(launcher.pid()).forEach((part, pid) -> processStartedAt.computeIfAbsent(part,
                    any -> ProcessHandle.of(pid)
                        .flatMap(handle -> handle.info().startInstant())
                        .map(instant -> instant.toEpochMilli())
                        .orElse(System.currentTimeMillis())));
            for (Part part : Part.values()) {
                if (!readyAt.containsKey(part) && processStartedAt.containsKey(part) && part.ready()) {
                    readyAt.put(part, System.currentTimeMillis());
                }
            }
            Thread.sleep(100);
        }
        long whole = readyAt.values().stream().mapToLong(Long::longValue).max().orElseThrow() - began;
        figures.put("startup.platform.seconds", whole / 1000.0);
        readyAt.forEach((part, at) -> {
            figures.put("startup.together." + part.name + ".seconds", (at - processStartedAt.get(part)) / 1000.0);
            figures.put("startup.together." + part.name + ".since-launch.seconds", (at - began) / 1000.0);
        });
        childrenOf(launcher.pid()).forEach((part, pid) -> figures.put("pid." + part.name, pid));
        figures.save();
        return launcher.pid();
    }

    /** The launcher's children by part, e.g. gateway to its JVM's process id. */
    static Map<Part, Long> childrenOf(long launcherPid) {
        Map<Part, Long> children = new LinkedHashMap<>();
        ProcessHandle.of(launcherPid).ifPresent(launcher -> launcher.children().forEach(child -> {
            String commandLine = commandLine(child.pid());
            for (Part part : Part.values()) {
                if (commandLine.contains(part.commandMark)) {
                    children.put(part, child.pid());
                }
            }
        }));
        return children;
    }

    /** VmRSS of a process in MiB, as the kernel counts it; empty once it has ended. */
    static OptionalLong residentKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("[^0-9]", "")));
                }
            }
            return OptionalLong.empty();
        }
        catch (IOException ex) {
            return OptionalLong.empty();
        }
    }

    /** Every part's resident memory now, in MiB, under {@code rss.<when>.<part>}. */
    static void recordMemory(Figures figures, String when) {
        long total = 0;
        for (Part part : Part.values()) {
            String pid = figures.get("pid." + part.name);
            if (pid != null) {
                OptionalLong kib = residentKib(Long.parseLong(pid));
                if (kib.isPresent()) {
                    figures.put("rss." + when + "." + part.name, kib.getAsLong() / 1024.0);
                    total += kib.getAsLong();
                }
            }
        }
        figures.put("rss." + when + ".total", total / 1024.0);
    }

    /**
     * Starts a second copy of a running service by itself, with the running one's exact
     * command line and environment but a free port, while the rest of the platform idles:
     * the time from its process start to its health answering, and its memory then.
     */
    static void measureAlone(Figures figures, Part part) throws IOException, InterruptedException {
        int port = freePort();
        long began = System.currentTimeMillis();
        Process process = startCopy(figures, part, port, Map.of(), "alone-" + part.name + ".log");
        try {
            boolean ready = waitUntil(() -> Api.healthy("http://127.0.0.1:" + port) || !process.isAlive(),
                    Duration.ofMinutes(3), 50);
            if (!ready || !process.isAlive()) {
                figures.put("startup.alone." + part.name + ".seconds", "failed");
                return;
            }
            figures.put("startup.alone." + part.name + ".seconds", (System.currentTimeMillis() - began) / 1000.0);
            residentKib(process.pid()).ifPresent(kib -> figures.put("rss.alone-ready." + part.name, kib / 1024.0));
        }
        finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /**
     * A copy of a running part with the running one's exact command line and environment
     * ({@code /proc/<pid>/cmdline} and {@code environ}), on the given port and with the
     * given settings added.
     */
    static Process startCopy(Figures figures, Part part, int port, Map<String, String> settings, String logName)
            throws IOException {
        long pid = Long.parseLong(figures.get("pid." + part.name));
        List<String> command = List
            .of(new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")), StandardCharsets.UTF_8)
                .split("\0"));
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "environ")),
                StandardCharsets.UTF_8)
            .split("\0")) {
            int equals = entry.indexOf('=');
            if (equals > 0) {
                environment.put(entry.substring(0, equals), entry.substring(equals + 1));
            }
        }
        environment.put("SERVER_PORT", String.valueOf(port));
        environment.putAll(settings);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(BenchmarkSettings.directory().resolve(logName).toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        return builder.start();
    }

    /**
     * A second gateway beside the platform's, the same in all but its cache of verified
     * tokens, which is off ({@code TOKEN_CACHE_ENABLED=false}, ADR 012): the gateway cost
     * is measured with and without it in the same run. Its process id is kept in the
     * figures, so that the run (and {@code run.sh}, should the run fail) can stop it.
     */
    static void startUncachedGateway(Figures figures) throws IOException, InterruptedException {
        Process process = startCopy(figures, Part.GATEWAY, BenchmarkSettings.UNCACHED_GATEWAY_PORT,
                Map.of("TOKEN_CACHE_ENABLED", "false"), "gateway-uncached.log");
        figures.put("pid.gateway-uncached", process.pid());
        figures.save();
        if (!waitUntil(() -> Api.healthy(BenchmarkSettings.uncachedGateway()) || !process.isAlive(),
                Duration.ofMinutes(3), 100) || !process.isAlive()) {
            throw new IllegalStateException("The gateway without its token cache did not start; see "
                    + BenchmarkSettings.directory().resolve("gateway-uncached.log"));
        }
    }

    /** Stops the second gateway, if one runs. */
    static void stopUncachedGateway(Figures figures) throws InterruptedException {
        String pid = figures.get("pid.gateway-uncached");
        if (pid == null) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(pid));
        if (process.isPresent() && commandLine(process.get().pid()).contains(Part.GATEWAY.commandMark)) {
            process.get().destroy();
            try {
                process.get().onExit().get(30, TimeUnit.SECONDS);
            }
            catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException ex) {
                process.get().destroyForcibly();
            }
        }
    }

    /** SIGTERM to the launcher, which stops its children in reverse order. */
    static void stop(long launcherPid) {
        Optional<ProcessHandle> launcher = ProcessHandle.of(launcherPid);
        if (launcher.isEmpty()) {
            return;
        }
        List<ProcessHandle> descendants = new ArrayList<>(launcher.get().descendants().toList());
        launcher.get().destroy();
        try {
            launcher.get().onExit().get(90, TimeUnit.SECONDS);
        }
        catch (Exception ex) {
            launcher.get().destroyForcibly();
        }
        descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    static String commandLine(long pid) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline")),
                    StandardCharsets.UTF_8)
                .replace('\0', ' ');
        }
        catch (IOException ex) {
            return "";
        }
    }

    static boolean waitUntil(BooleanSupplier condition, Duration timeout, long pollMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeout.toMillis();
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(pollMillis);
        }
        return condition.getAsBoolean();
    }

    private static void requireBuilt(Path root, Part part) {
        Path jar = part == Part.SMTP ? root.resolve("infra/local-platform/target/greenmail/greenmail-standalone.jar")
                : root.resolve(
                        (part == Part.AUTH_SERVER ? "infra/auth-server" : part.name) + "/target/" + part.name + ".jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No " + jar
                    + "; build the platform first: ./mvnw -q -B package -DskipTests (benchmarks/run.sh does)");
        }
    }

    private static String javaCommand() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        }
        catch (IOException ex) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

}
