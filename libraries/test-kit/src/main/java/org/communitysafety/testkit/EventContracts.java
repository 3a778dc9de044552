package org.communitysafety.testkit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published contracts of events: a JSON Schema of each event type's data and an
 * example CloudEvent, kept by the producer in
 * {@code src/main/resources/contracts/events}. Producers' tests hold what they publish to
 * the schema; consumers' tests read the producer's example, so neither side can drift
 * from the contract.
 */
public final class EventContracts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path directory;

    private EventContracts(Path directory) {
        this.directory = directory;
    }

    /**
     * The contracts of a producing service, from a module directory such as
     * {@code ../partnership-service}.
     */
    public static EventContracts of(String producerModule) {
        return new EventContracts(Path.of(producerModule, "src/main/resources/contracts/events"));
    }

    /** The schema violations of an event's data; empty when it keeps the contract. */
    public List<String> violations(String contract, JsonNode data) {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(read(contract + ".schema.json"), InputFormat.JSON);
        return schema.validate(data, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)))
            .stream()
            .map(Error::toString)
            .toList();
    }

    /** The producer's example CloudEvent, as it appears on the topic. */
    public String example(String contract) {
        return read(contract + ".example.json");
    }

    private String read(String file) {
        try {
            return Files.readString(directory.resolve(file));
        }
        catch (IOException ex) {
            throw new IllegalStateException("No contract file " + directory.resolve(file), ex);
        }
    }

    public static JsonNode json(String text) {
        return JSON.readTree(text);
    }

}
