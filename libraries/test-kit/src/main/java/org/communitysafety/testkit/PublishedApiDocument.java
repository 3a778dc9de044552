package org.communitysafety.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A service's API document as clients generate from it: a copy checked in beside the code
 * ({@code src/main/resources/contracts/api/<service>.openapi.json}), from which the
 * end-to-end suite generates its clients at build time, offline, with no service running.
 * A copy is only worth generating from while it is what the service serves, so each
 * service's test compares the two; after changing the API, refresh the copy with
 * {@code -Dapi-document.update=true}.
 */
public final class PublishedApiDocument {

    /**
     * The system property that refreshes the checked-in copy from the served document.
     */
    public static final String UPDATE = "api-document.update";

    private static final JsonMapper PRETTY = JsonMapper.builder()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
        .build();

    private final String serviceName;

    private final Path published;

    private PublishedApiDocument(String serviceName, Path published) {
        this.serviceName = serviceName;
        this.published = published;
    }

    /**
     * The document of the service whose module the test runs in.
     * @param serviceName the service's name, e.g. {@code priority-service}
     */
    public static PublishedApiDocument of(String serviceName) {
        return new PublishedApiDocument(serviceName,
                Path.of("src/main/resources/contracts/api/" + serviceName + ".openapi.json"));
    }

    /** Where the copy is, relative to the service's module. */
    public Path path() {
        return published;
    }

    /**
     * Fails unless the checked-in copy is the document the service serves; writes the
     * served one to {@code target/} to compare with, and over the copy when asked to.
     * @param served what the service answers at {@code /v3/api-docs}
     */
    public void assertIsWhatTheServiceServes(JsonNode served) {
        String written = PRETTY.writeValueAsString(served) + "\n";
        try {
            if (Boolean.getBoolean(UPDATE)) {
                Files.createDirectories(published.getParent());
                Files.writeString(published, written);
            }
            Path current = Files.createDirectories(Path.of("target")).resolve(serviceName + ".openapi.json");
            Files.writeString(current, written);
            String refresh = "; the served document is in " + current + ", refresh the copy with -D" + UPDATE + "=true";
            assertTrue(Files.exists(published), () -> "no published API document at " + published + refresh);
            assertEquals(served, PRETTY.readTree(Files.readString(published)),
                    () -> "the published API document " + published + " differs from the served one" + refresh);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
