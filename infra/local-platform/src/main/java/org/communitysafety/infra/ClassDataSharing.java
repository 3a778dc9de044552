package org.communitysafety.infra;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Class data sharing (CDS) for the platform's Spring Boot applications, as Spring Boot
 * recommends it: each jar is extracted once, a training run starts it until its context
 * has refreshed and the JVM records every class it loaded in an archive, and each later
 * start maps that archive instead of finding, parsing and verifying those classes again.
 * On two cores with six applications starting side by side, loading classes is most of
 * the start-up.
 * <p>
 * An archive belongs to one jar and one JVM: a rebuilt jar or another Java installation
 * makes it stale, and it is made again on the next start. Anything that goes wrong here
 * costs speed, never the start: the service then runs from its jar as before.
 */
public final class ClassDataSharing {

    /**
     * A training run starts the application without serving; on two cores beside the
     * others it takes about as long as a start.
     */
    private static final Duration TRAINING_TIMEOUT = Duration.ofMinutes(3);

    private static final String ARCHIVE = "application.jsa";

    private static final String STAMP = "made-from.properties";

    private final Function<PlatformService, Path> directories;

    private final Function<PlatformService, Path> jars;

    private final Function<PlatformService, JavaCommand> java;

    /**
     * @param directories where each application's extracted form and archive are kept
     * @param jars each service's built jar
     * @param java the command each service runs with, which its training run must share
     */
    public ClassDataSharing(Function<PlatformService, Path> directories, Function<PlatformService, Path> jars,
            Function<PlatformService, JavaCommand> java) {
        this.directories = directories;
        this.jars = jars;
        this.java = java;
    }

    /**
     * The workspace's services, each archive beside the jar it was made from, so that a
     * clean build removes both.
     */
    public static ClassDataSharing of(Workspace workspace) {
        return new ClassDataSharing(service -> workspace.serviceJar(service).resolveSibling("class-data-sharing"),
                workspace::serviceJar, service -> JavaCommand.SERVICE);
    }

    /**
     * How to start the service: from its extracted form with its archive when that is
     * current, else from its jar.
     */
    public List<String> command(PlatformService service) {
        if (isCurrent(service)) {
            return java.apply(service).with("-XX:SharedArchiveFile=" + archive(service)).runJar(extractedJar(service));
        }
        return java.apply(service).runJar(jars.apply(service));
    }

    /**
     * Makes the archives that are missing or stale, several at once, each training run
     * with the environment the service will start with (so that it loads what the real
     * start loads); reports on the given output what it did. Returns the services whose
     * archive could not be made; they start from their jars.
     */
    public List<PlatformService> prepare(Collection<PlatformService> services,
            Function<PlatformService, Map<String, String>> environment, Appendable report) {
        List<PlatformService> stale = services.stream().filter(service -> !isCurrent(service)).toList();
        if (stale.isEmpty()) {
            return List.of();
        }
        say(report, "Making class-data-sharing archives for " + stale.stream().map(PlatformService::module).toList()
                + " (once per build; later starts are faster)");
        ExecutorService training = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<Boolean>> made = stale.stream()
                .map(service -> training.submit(() -> make(service, environment.apply(service), report)))
                .toList();
            return stale.stream().filter(service -> !succeeded(made.get(stale.indexOf(service)))).toList();
        }
        finally {
            training.shutdownNow();
        }
    }

    /**
     * True when the service's archive was made from its current jar by this Java
     * installation. A build that changed nothing may still write the jar again, so a jar
     * with a new time is compared by its content.
     */
    public boolean isCurrent(PlatformService service) {
        Path stamp = directory(service).resolve(STAMP);
        if (!Files.isRegularFile(stamp) || !Files.isRegularFile(archive(service))
                || !Files.isRegularFile(extractedJar(service))) {
            return false;
        }
        try {
            Properties made = readStamp(stamp);
            Path jar = jars.apply(service);
            if (!made.getProperty("java.home", "").equals(System.getProperty("java.home"))
                    || !made.getProperty("java.vm.version", "").equals(System.getProperty("java.vm.version"))
                    || !made.getProperty("java.options", "").equals(String.join(" ", java.apply(service).options()))
                    || !made.getProperty("jar.size", "").equals(String.valueOf(Files.size(jar)))) {
                return false;
            }
            return made.getProperty("jar.modified", "").equals(modified(jar))
                    || made.getProperty("jar.sha256", "").equals(sha256(jar));
        }
        catch (IOException ex) {
            return false;
        }
    }

    public Path archive(PlatformService service) {
        return directory(service).resolve(ARCHIVE);
    }

    private boolean make(PlatformService service, Map<String, String> environment, Appendable report) {
        Path directory = directory(service);
        Path extracted = directory.resolve("application");
        Path training = directory.resolve(ARCHIVE + ".training");
        Path log = directory.resolve("training.log");
        try {
            Files.createDirectories(directory);
            Files.deleteIfExists(directory.resolve(STAMP));
            deleteRecursively(extracted);
            Files.deleteIfExists(training);
            Properties stamp = madeFrom(service);
            run(java.apply(service)
                .with("-Djarmode=tools")
                .runJar(jars.apply(service), "extract", "--destination", extracted.toString()), Map.of(), log);
            // Exits once the context has refreshed: every bean made, nothing served,
            // no listener started.
            run(java.apply(service)
                .with("-XX:ArchiveClassesAtExit=" + training, "-Dspring.context.exit=onRefresh")
                .runJar(extractedJar(service)), environment, log);
            if (!Files.isRegularFile(training) || Files.size(training) == 0) {
                throw new IOException("the training run made no archive; see " + log);
            }
            Files.move(training, archive(service), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (OutputStream out = Files.newOutputStream(directory.resolve(STAMP))) {
                stamp.store(out, "the jar and Java installation " + ARCHIVE + " was made from");
            }
            say(report, "  " + service.module() + ": archive made (" + Files.size(archive(service)) / (1024 * 1024)
                    + " MiB)");
            return true;
        }
        catch (IOException | RuntimeException ex) {
            say(report, "  " + service.module() + ": no archive, it starts from its jar (" + ex.getMessage() + ")");
            return false;
        }
    }

    private Properties madeFrom(PlatformService service) throws IOException {
        Path jar = jars.apply(service);
        Properties stamp = new Properties();
        stamp.setProperty("jar", jar.toString());
        stamp.setProperty("jar.size", String.valueOf(Files.size(jar)));
        stamp.setProperty("jar.modified", modified(jar));
        stamp.setProperty("jar.sha256", sha256(jar));
        stamp.setProperty("java.home", System.getProperty("java.home"));
        stamp.setProperty("java.vm.version", System.getProperty("java.vm.version"));
        stamp.setProperty("java.options", String.join(" ", java.apply(service).options()));
        return stamp;
    }

    private static String modified(Path jar) throws IOException {
        return String.valueOf(Files.getLastModifiedTime(jar).toMillis());
    }

    private static String sha256(Path jar) throws IOException {
        try (InputStream in = Files.newInputStream(jar)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("every Java platform has SHA-256", ex);
        }
    }

    private static Properties readStamp(Path stamp) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(stamp)) {
            properties.load(in);
        }
        return properties;
    }

    private Path directory(PlatformService service) {
        return directories.apply(service);
    }

    private Path extractedJar(PlatformService service) {
        return directory(service).resolve("application").resolve(jars.apply(service).getFileName());
    }

    private static void run(List<String> command, Map<String, String> environment, Path log) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        try {
            if (!process.waitFor(TRAINING_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IOException("no answer after " + TRAINING_TIMEOUT.toSeconds() + " s; see " + log);
            }
        }
        catch (InterruptedException ex) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", ex);
        }
        if (process.exitValue() != 0) {
            throw new IOException("exit code " + process.exitValue() + "; see " + log);
        }
    }

    private static boolean succeeded(Future<Boolean> made) {
        try {
            return Objects.equals(made.get(), Boolean.TRUE);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
        catch (ExecutionException ex) {
            return false;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                }
                catch (IOException ex) {
                    throw new UncheckedIOException(ex);
                }
            });
        }
    }

    private static synchronized void say(Appendable report, String line) {
        try {
            report.append(line).append(System.lineSeparator());
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
