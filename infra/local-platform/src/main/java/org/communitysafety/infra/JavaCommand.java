package org.communitysafety.infra;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A command line that runs a JVM on the same Java installation as the launcher, with
 * modest memory so that the whole platform fits on a laptop.
 */
public record JavaCommand(List<String> options) {

    /**
     * A Spring Boot application, the gateway included: C1 only and the serial collector
     * start faster and stay smaller on few cores. (The full JIT for the gateway, tried,
     * left its throughput beside the service's within the runs' spread and made its start
     * three times as long beside the others; docs/benchmarks.md.) The heap starts small
     * and gives back what a burst took once it is collected, rather than holding its
     * maximum from the start.
     */
    public static final JavaCommand SERVICE = new JavaCommand(
            List.of("-Xms64m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=20", "-XX:MaxHeapFreeRatio=40",
                    "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError"));

    /**
     * glibc gives each thread that allocates natively an arena of its own, up to eight
     * per core, which a JVM's many threads fill with memory it never returns. With two,
     * with the small starting heap above and with class data sharing, an idle service
     * went from 276-293 MiB resident to 218-232 MiB (docs/benchmarks.md).
     */
    static final Map<String, String> NATIVE_MEMORY = Map.of("MALLOC_ARENA_MAX", "2");

    public static final JavaCommand KAFKA = new JavaCommand(List.of("-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError"));

    public static final JavaCommand SMALL = new JavaCommand(
            List.of("-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError"));

    static final String CLASSPATH = "CLASSPATH";

    /**
     * Where available, each child gets its own session, so that Ctrl-C in the launcher's
     * terminal reaches only the launcher, which then stops the children in reverse order;
     * otherwise the terminal would signal them all at once. util-linux {@code setsid}
     * execs in place, so the process id is the JVM's own.
     */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    public JavaCommand {
        options = List.copyOf(options);
    }

    public JavaCommand with(String... extraOptions) {
        List<String> all = new ArrayList<>(options);
        all.addAll(List.of(extraOptions));
        return new JavaCommand(all);
    }

    /**
     * Runs a main class from the classpath given in the {@link #CLASSPATH} environment
     * variable.
     */
    public List<String> runClass(String mainClass, String... args) {
        List<String> command = start();
        command.add(mainClass);
        command.addAll(List.of(args));
        return command;
    }

    public List<String> runJar(Path jar, String... args) {
        List<String> command = start();
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        return command;
    }

    /**
     * The launcher's own classpath, which holds the Kafka node and the Mongo wire server,
     * as the environment a child needs to run {@link #runClass}. Passed in the
     * environment rather than with {@code -cp}, so that the command lines in the logs and
     * in {@code ps} stay readable.
     */
    public static Map<String, String> launcherClasspath() {
        return Map.of(CLASSPATH, System.getProperty("java.class.path"));
    }

    private List<String> start() {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        return command;
    }
}
