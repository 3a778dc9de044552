package org.communitysafety.infra.manifests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** YAML read as plain maps and lists, and the few ways the checks walk them. */
final class YamlTree {

    private YamlTree() {
    }

    /** Every document of a file, each a copy of its own. */
    static List<Object> load(Path file) {
        try {
            return load(Files.readString(file));
        }
        catch (IOException ex) {
            throw new IllegalStateException("Cannot read " + file, ex);
        }
    }

    static List<Object> load(String yaml) {
        List<Object> documents = new ArrayList<>();
        for (Object document : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(yaml)) {
            if (document != null) {
                documents.add(copy(document));
            }
        }
        return documents;
    }

    /**
     * The documents of a file that are objects (a Kubernetes resource, a kustomization).
     */
    static List<Map<String, Object>> documents(Path file) {
        return maps(load(file));
    }

    /**
     * Aliases (*anchor) share one object; a copy keeps a patch of one from changing
     * another.
     */
    @SuppressWarnings("unchecked")
    static <T> T copy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), copy(item)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            return (T) new ArrayList<>(list.stream().map(YamlTree::copy).toList());
        }
        return value;
    }

    /** The object under a key, created empty when missing. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Map<String, Object> parent, String key) {
        return (Map<String, Object>) parent.computeIfAbsent(key, (absent) -> new LinkedHashMap<>());
    }

    /** The value at a path of keys, or null where any step is missing. */
    static Object nested(Object value, String... keys) {
        for (String key : keys) {
            if (!(value instanceof Map<?, ?> map)) {
                return null;
            }
            value = map.get(key);
        }
        return value;
    }

    /** The objects of a list; none when the value is not a list. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Object value) {
        if (!(value instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().filter(Map.class::isInstance).map((item) -> (Map<String, Object>) item).toList();
    }

    static List<String> strings(Object value) {
        return (value instanceof List<?> list) ? list.stream().map(String::valueOf).toList() : List.of();
    }

}
