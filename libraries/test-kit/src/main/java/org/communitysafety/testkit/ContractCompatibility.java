package org.communitysafety.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a producer's published event schemas
 * ({@code src/main/resources/contracts/events}) still describe what consumers of its last
 * release expect ({@code src/test/resources/contracts/released}, copies taken at each
 * release). Consumers are deployed on their own, and an event type stays on its topic for
 * good, so one version of an event must keep meaning the same data: a change that would
 * break a consumer not yet redeployed, or make events already on the topic break the
 * contract they were published under, is reported, unless the event's version is raised
 * (a {@code .v2} schema published beside or instead of {@code .v1}).
 * <p>
 * Breaking: a field removed, retyped (its types or format changed), made required or no
 * longer required, an enum value removed, or extra fields no longer allowed; the same
 * inside nested objects and array items. Allowed: a new optional field, a new enum value
 * (consumers keep lenient copies of what they read and must tolerate values they do not
 * know), a looser length.
 */
public final class ContractCompatibility {

    private static final Pattern SCHEMA_FILE = Pattern.compile("(.+)\\.v(\\d+)\\.schema\\.json");

    private final Path published;

    private final Path released;

    private ContractCompatibility(Path published, Path released) {
        this.published = published;
        this.released = released;
    }

    /**
     * The contracts of a producing module, e.g. {@code Path.of("")} from its own tests.
     */
    public static ContractCompatibility of(Path producerModule) {
        return between(producerModule.resolve("src/main/resources/contracts/events"),
                producerModule.resolve("src/test/resources/contracts/released"));
    }

    public static ContractCompatibility between(Path published, Path released) {
        return new ContractCompatibility(published, released);
    }

    /**
     * Each change that breaks a released contract, as one sentence naming the event and
     * the field; empty when every released event is still honoured.
     * @throws IllegalStateException when nothing was ever released, so that a missing
     * copy cannot pass for compatibility
     */
    public List<String> breakingChanges() {
        List<String> releasedSchemas = schemaFiles(released);
        if (releasedSchemas.isEmpty()) {
            throw new IllegalStateException("No released contracts in " + released.toAbsolutePath()
                    + ": copy src/main/resources/contracts/events/*.schema.json there at each release");
        }
        Set<String> publishedSchemas = new TreeSet<>(schemaFiles(published));
        List<String> problems = new ArrayList<>();
        for (String file : releasedSchemas) {
            Matcher name = SCHEMA_FILE.matcher(file);
            if (!name.matches()) {
                continue;
            }
            String event = name.group(1) + ".v" + name.group(2);
            if (publishedSchemas.contains(file)) {
                SchemaChanges
                    .between(EventContracts.json(read(released.resolve(file))),
                            EventContracts.json(read(published.resolve(file))))
                    .forEach((change) -> problems.add(event + ": " + change));
            }
            else if (!raised(publishedSchemas, name.group(1), Integer.parseInt(name.group(2)))) {
                problems.add(event + ": no longer published, and no later version of it is");
            }
        }
        return problems;
    }

    private static boolean raised(Set<String> publishedSchemas, String event, int version) {
        return publishedSchemas.stream()
            .map(SCHEMA_FILE::matcher)
            .anyMatch((other) -> other.matches() && other.group(1).equals(event)
                    && Integer.parseInt(other.group(2)) > version);
    }

    private static List<String> schemaFiles(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map((file) -> file.getFileName().toString())
                .filter((file) -> file.endsWith(".schema.json"))
                .sorted()
                .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
