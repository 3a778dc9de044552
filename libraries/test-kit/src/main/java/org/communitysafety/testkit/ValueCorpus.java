package org.communitysafety.testkit;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/** The bad values for one field or query parameter, chosen by its documented schema. */
final class ValueCorpus {

    private static final List<String> EXTREME_DATES = List.of("\"+999999999-12-31\"", "\"-999999999-01-01\"",
            "\"0000-01-01\"", "\"2015-02-30\"", "\"yesterday\"");

    private static final List<String> EXTREME_TIMES = List.of("\"+999999999-12-31T00:00:00Z\"",
            "\"0000-01-01T00:00:00Z\"", "\"2015-02-30T10:00:00Z\"", "\"2026-03-30T25:00:00Z\"", "\"tonight\"",
            "1774893600", "1774893600000");

    private ValueCorpus() {
    }

    static List<BadInput> forProperty(String name, JsonNode schema) {
        List<String> values = new ArrayList<>(List.of("{\"$ne\":null}", "{\"$gt\":\"\"}"));
        switch (typeOf(schema)) {
            case "string" -> {
                values.addAll(List.of("12345", "true", "[\"x\"]", "\"a\\u0000b\"", "\"bell\\u0007\"", "\"lone\\ud800\"",
                        "\"\\udc00first\""));
                if (schema.has("maxLength")) {
                    values.add("\"" + "x".repeat(schema.get("maxLength").asInt() + 1) + "\"");
                }
                if (schema.has("enum")) {
                    values.add("\"NOT_ONE_OF_THEM\"");
                }
                if ("date".equals(schema.path("format").asString(""))) {
                    values.addAll(EXTREME_DATES);
                }
                if ("date-time".equals(schema.path("format").asString(""))) {
                    values.addAll(EXTREME_TIMES);
                }
            }
            case "integer", "number" -> values.addAll(
                    List.of("\"12\"", "99999999999999999999999999", "-99999999999999999999999999", "1e400", "true"));
            case "boolean" -> values.addAll(List.of("\"true\"", "1", "\"yes\""));
            case "array" -> {
                values.addAll(List.of("\"x\"", "12", "[{\"$ne\":null}]", "[\"\\u0000\"]"));
                if (schema.has("maxItems")) {
                    values.add("[" + "\"a\",".repeat(schema.get("maxItems").asInt()) + "\"a\"]");
                }
            }
            default -> values.addAll(List.of("\"x\"", "12", "[]"));
        }
        return values.stream()
            .map(value -> BadInput.body("'" + name + "' = " + value, "{\"" + name + "\":" + value + "}", name))
            .toList();
    }

    /**
     * The schema's type; of a type that may also be null (a PATCH's lists), the other
     * one, since null is what leaves the field out.
     */
    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode one : type) {
                if (!"null".equals(one.asString())) {
                    return one.asString();
                }
            }
        }
        return type.isString() ? type.asString() : "object";
    }

    static List<BadInput> forParameter(String name, JsonNode schema) {
        if (List.of("page", "size", "sort").contains(name)) {
            return List.of();
        }
        List<BadInput> cases = new ArrayList<>(
                List.of(BadInput.query("'" + name + "' = invalid UTF-8", name + "=%ED%A0%80", null)));
        List<String> values = new ArrayList<>(List.of("%00", "a%01b", "%C2%85"));
        if (schema.has("enum")) {
            values.add("NOT_ONE_OF_THEM");
        }
        if ("boolean".equals(schema.path("type").asString(""))) {
            values.add("perhaps");
        }
        if ("date".equals(schema.path("format").asString(""))) {
            values.addAll(List.of("%2B999999999-12-31", "0000-01-01", "2015-02-30"));
        }
        if (schema.has("maxLength")) {
            values.add("x".repeat(schema.get("maxLength").asInt() + 1));
        }
        return values.stream()
            .map(value -> BadInput.query("'" + name + "' = " + value, name + "=" + value, name))
            .toList();
    }

}
