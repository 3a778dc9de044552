package org.communitysafety.testkit;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.mongodb.client.MongoDatabase;
import org.junit.jupiter.api.DynamicTest;
import tools.jackson.databind.JsonNode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One corpus of bad input, sent to every write and list operation a service's OpenAPI
 * document lists, so that a new endpoint is covered the day it is documented: malformed
 * JSON, wrong types, unknown and read-only fields, MongoDB operators, control characters,
 * lone surrogates, huge and negative numbers, extreme dates, over-long strings and lists,
 * and out-of-range pages. Each must be answered with a 4xx problem detail (naming the
 * field where the fault is one field's) and leave the store as it was.
 */
public final class BadInputCorpus {

    private final ApiClient caller;

    private final Supplier<Object> storeState;

    private final OpenApiSchemas schemas;

    private BadInputCorpus(ApiClient caller, Supplier<Object> storeState, JsonNode document) {
        this.caller = caller;
        this.storeState = storeState;
        this.schemas = new OpenApiSchemas(document);
    }

    /**
     * The corpus as dynamic tests, for a {@code @TestFactory}.
     * @param caller a caller allowed every operation (so refusals are for the input)
     * @param storeState what the store holds, e.g. document counts per collection
     */
    public static Stream<DynamicTest> against(ApiClient caller, Supplier<Object> storeState) {
        ApiClient.Response document = caller.get("/v3/api-docs");
        assertEquals(200, document.status(), document::toString);
        assertTrue(document.json().has("paths"), () -> "not an OpenAPI document: " + document.body().substring(0, 300));
        awaitQuiet(storeState);
        BadInputCorpus corpus = new BadInputCorpus(caller, storeState, document.json());
        List<DynamicTest> tests = new ArrayList<>();
        document.json().get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            String method = operation.getKey().toUpperCase();
            String target = path.getKey().replaceAll("\\{[^}]+}", "corpus-probe");
            JsonNode body = operation.getValue().path("requestBody").path("content").path("application/json");
            Map<String, String> required = corpus.schemas.requiredQueryValues(operation.getValue());
            if (Set.of("POST", "PUT", "PATCH").contains(method) && !body.isMissingNode()) {
                corpus.bodyCases(operation.getValue(), body.path("schema"))
                    .forEach(bad -> tests.add(corpus.test(method, target, bad, required)));
            }
            if ("GET".equals(method) && corpus.hasParameter(operation.getValue(), "page")) {
                corpus.listCases(operation.getValue())
                    .forEach(bad -> tests.add(corpus.test(method, target, bad, required)));
            }
        }));
        assertFalse(tests.isEmpty(), "The document lists no write or list operation");
        return tests.stream();
    }

    /**
     * The corpus against a service whose state is its MongoDB database: the store is
     * unchanged when every collection holds as many documents as before.
     */
    public static Stream<DynamicTest> against(ApiClient caller, MongoDatabase store) {
        return against(caller, () -> documentCounts(store));
    }

    private static Map<String, Long> documentCounts(MongoDatabase store) {
        Map<String, Long> counts = new TreeMap<>();
        store.listCollectionNames()
            .forEach(collection -> counts.put(collection, store.getCollection(collection).countDocuments()));
        return counts;
    }

    /**
     * Waits until the store has stopped changing (unchanged over a second), so that work
     * an earlier test set going (an event still being relayed, or a service handling its
     * own events) is not taken for a change the corpus made.
     */
    private static void awaitQuiet(Supplier<Object> storeState) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Object previous = storeState.get();
        while (System.nanoTime() < deadline) {
            try {
                Thread.sleep(1000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
            Object now = storeState.get();
            if (now.equals(previous)) {
                return;
            }
            previous = now;
        }
        throw new AssertionError("The store did not settle within 60 s: " + previous);
    }

    private DynamicTest test(String method, String path, BadInput bad, Map<String, String> requiredQuery) {
        String target = path + withRequired(bad, requiredQuery);
        return DynamicTest.dynamicTest(method + " " + path + ": " + bad.what(), () -> {
            Object before = storeState.get();
            ApiClient.Response response = bad.body() == null ? caller.send(method, target, null, null)
                    : caller.send(method, target, "application/json", bad.body());
            assertTrue(response.status() >= 400 && response.status() < 500, response::toString);
            assertTrue(response.isProblem(), response::toString);
            assertEquals(response.status(), response.json().get("status").asInt(), response::toString);
            assertFalse(response.body().contains("Exception"), response::toString);
            if (bad.names() != null) {
                assertTrue(response.body().contains(bad.names()), () -> "should name " + bad.names() + ": " + response);
            }
            assertEquals(before, storeState.get(), "the store changed");
        });
    }

    /** The bad case's query with the operation's required parameters it leaves out. */
    private static String withRequired(BadInput bad, Map<String, String> requiredQuery) {
        StringBuilder query = new StringBuilder(bad.query());
        requiredQuery.forEach((name, value) -> {
            if (!name.equals(bad.names())) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(value);
            }
        });
        return query.toString();
    }

    private List<BadInput> bodyCases(JsonNode operation, JsonNode schemaRef) {
        JsonNode schema = schemas.resolve(schemaRef);
        List<BadInput> cases = new ArrayList<>(List.of(BadInput.body("malformed JSON", "{\"unclosed\": ", null),
                BadInput.body("an array for an object", "[]", null), BadInput.body("a bare string", "\"x\"", null),
                BadInput.body("an unknown field", "{\"corpusUnknownField\":1}", "corpusUnknownField"),
                BadInput.body("trailing text", "{} {}", null)));
        Set<String> accepted = new HashSet<>();
        schema.path("properties").properties().forEach(property -> {
            accepted.add(property.getKey());
            cases.addAll(ValueCorpus.forProperty(property.getKey(), schemas.resolve(property.getValue())));
        });
        for (String readOnly : schemas.responseProperties(operation)) {
            if (!accepted.contains(readOnly)) {
                cases
                    .add(BadInput.body("read-only field '" + readOnly + "'", "{\"" + readOnly + "\":\"7\"}", readOnly));
            }
        }
        return cases;
    }

    private List<BadInput> listCases(JsonNode operation) {
        List<BadInput> cases = new ArrayList<>();
        for (String page : List.of("-1", "99999999999", "2147483648", "one")) {
            cases.add(BadInput.query("page " + page, "page=" + page, "page"));
        }
        for (String size : List.of("0", "-5", "100000", "99999999999")) {
            cases.add(BadInput.query("size " + size, "size=" + size, "size"));
        }
        cases.add(BadInput.query("sort by an operator", "sort=%24where", "sort"));
        cases.add(BadInput.query("sort by an unknown field", "sort=password,desc", "sort"));
        for (Map.Entry<String, JsonNode> parameter : schemas.queryParameters(operation).entrySet()) {
            cases.addAll(ValueCorpus.forParameter(parameter.getKey(), schemas.resolve(parameter.getValue())));
        }
        return cases;
    }

    private boolean hasParameter(JsonNode operation, String name) {
        return schemas.queryParameters(operation).containsKey(name);
    }

}
