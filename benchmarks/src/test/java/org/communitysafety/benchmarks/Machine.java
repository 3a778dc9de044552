package org.communitysafety.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run came from: cores, memory, JVM and how busy it was. */
final class Machine {

    private Machine() {
    }

    static void describe(Figures figures, String when) {
        figures.put("machine.cores", Runtime.getRuntime().availableProcessors());
        figures.put("machine.memory-gib", memoryKib() / 1024.0 / 1024.0);
        figures.put("machine.jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                + " (" + System.getProperty("java.vendor") + ")");
        figures.put("machine.os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        figures.put("machine.cpu", cpuModel());
        figures.put("machine.load-average." + when, read("/proc/loadavg").split(" ")[0]);
    }

    private static long memoryKib() {
        for (String line : read("/proc/meminfo").split("\n")) {
            if (line.startsWith("MemTotal:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }

    private static String cpuModel() {
        for (String line : read("/proc/cpuinfo").split("\n")) {
            if (line.startsWith("model name")) {
                return line.substring(line.indexOf(':') + 1).trim();
            }
        }
        return "unknown";
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        }
        catch (IOException ex) {
            return "";
        }
    }

}
