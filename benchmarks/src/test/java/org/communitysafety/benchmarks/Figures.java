package org.communitysafety.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * What one run has measured so far, kept in a properties file so that each step of the
 * run (the launcher step, each simulation in its own JVM, the report) reads what the
 * steps before it found.
 */
final class Figures {

    private final Path file;

    private final Map<String, String> values = new TreeMap<>();

    private Figures(Path file) {
        this.file = file;
    }

    static Figures of(Path directory) {
        return read(directory.resolve("figures.properties"));
    }

    /** The figures kept in the given file (none if it does not exist). */
    static Figures read(Path file) {
        Figures figures = new Figures(file);
        if (Files.exists(figures.file)) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(figures.file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
            properties.stringPropertyNames().forEach(name -> figures.values.put(name, properties.getProperty(name)));
        }
        return figures;
    }

    static Figures current() {
        return of(BenchmarkSettings.directory());
    }

    static Figures fresh(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve("figures.properties"));
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        return of(directory);
    }

    Figures put(String name, String value) {
        values.put(name, value);
        return this;
    }

    Figures put(String name, double value) {
        return put(name, String.format(Locale.ROOT, "%.3f", value));
    }

    Figures put(String name, long value) {
        return put(name, String.valueOf(value));
    }

    String get(String name) {
        return values.get(name);
    }

    String get(String name, String fallback) {
        return values.getOrDefault(name, fallback);
    }

    double number(String name) {
        String value = values.get(name);
        return value == null ? Double.NaN : Double.parseDouble(value);
    }

    Map<String, String> all() {
        return values;
    }

    /** Keeps a copy of these figures under another name, e.g. a run's label. */
    void copyTo(Path other) {
        Figures copy = new Figures(other);
        copy.values.putAll(values);
        copy.save();
    }

    void save() {
        Properties properties = new Properties();
        properties.putAll(values);
        try {
            Files.createDirectories(file.getParent());
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                properties.store(writer, "benchmark figures");
            }
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
