package org.communitysafety.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * The changes between an event's released schema and its published one that break
 * {@link ContractCompatibility}'s rules, field by field, each as a sentence.
 */
record SchemaChanges(List<String> changes) {

    static List<String> between(JsonNode released, JsonNode published) {
        SchemaChanges found = new SchemaChanges(new ArrayList<>());
        found.compare("data", released, published);
        return found.changes;
    }

    private void compare(String path, JsonNode released, JsonNode published) {
        if (!types(released).equals(types(published))) {
            changes.add(path + " retyped from " + types(released) + " to " + types(published));
        }
        if (!released.path("format").equals(published.path("format"))) {
            changes.add(path + " format changed from " + released.path("format") + " to " + published.path("format"));
        }
        for (JsonNode value : released.path("enum")) {
            if (!contains(published.path("enum"), value)) {
                changes.add(path + " no longer allows " + value);
            }
        }
        if (!released.path("additionalProperties").isBoolean() || released.path("additionalProperties").asBoolean()) {
            if (published.path("additionalProperties").isBoolean()
                    && !published.path("additionalProperties").asBoolean()) {
                changes.add(path + " no longer allows fields it does not name");
            }
        }
        Set<String> releasedRequired = names(released.path("required"));
        Set<String> publishedRequired = names(published.path("required"));
        for (String field : released.path("properties").propertyNames()) {
            String fieldPath = path + "." + field;
            if (!published.path("properties").has(field)) {
                changes.add(fieldPath + " removed");
                continue;
            }
            if (releasedRequired.contains(field) && !publishedRequired.contains(field)) {
                changes.add(fieldPath + " no longer required");
            }
            compare(fieldPath, released.path("properties").path(field), published.path("properties").path(field));
        }
        publishedRequired.stream()
            .filter((field) -> !releasedRequired.contains(field))
            .forEach((field) -> changes.add(path + "." + field + " made required"));
        if (released.has("items")) {
            compare(path + "[]", released.path("items"), published.path("items"));
        }
    }

    /** The JSON types a value may have; none named means any. */
    private static Set<String> types(JsonNode schema) {
        Set<String> types = new TreeSet<>();
        JsonNode type = schema.path("type");
        if (type.isString()) {
            types.add(type.asString());
        }
        type.forEach((each) -> types.add(each.asString()));
        return types;
    }

    private static boolean contains(JsonNode values, JsonNode value) {
        for (JsonNode each : values) {
            if (each.equals(value)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach((each) -> names.add(each.asString()));
        return names;
    }

}
