package org.communitysafety.infra.manifests;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Kubernetes' strategic merge, as far as the overlays need it: objects merge key by key,
 * a null removes a key, lists of named objects (containers, ports, volumes, env) merge by
 * name, other lists are replaced.
 */
final class StrategicMerge {

    private StrategicMerge() {
    }

    static void merge(Map<String, Object> target, Map<String, Object> patch) {
        patch.forEach((key, value) -> {
            Object existing = target.get(key);
            if (value == null) {
                target.remove(key);
            }
            else if (existing instanceof Map<?, ?> && value instanceof Map<?, ?>) {
                merge(YamlTree.map(target, key), YamlTree.maps(List.of(value)).get(0));
            }
            else if (existing instanceof List<?> list && value instanceof List<?> patched && named(list)
                    && named(patched)) {
                mergeByName(YamlTree.maps(existing), YamlTree.maps(value), target, key);
            }
            else {
                target.put(key, YamlTree.copy(value));
            }
        });
    }

    private static void mergeByName(List<Map<String, Object>> existing, List<Map<String, Object>> patched,
            Map<String, Object> target, String key) {
        List<Map<String, Object>> merged = new java.util.ArrayList<>(existing);
        for (Map<String, Object> item : patched) {
            merged.stream()
                .filter((candidate) -> Objects.equals(candidate.get("name"), item.get("name")))
                .findFirst()
                .ifPresentOrElse((candidate) -> merge(candidate, item), () -> merged.add(YamlTree.copy(item)));
        }
        target.put(key, merged);
    }

    private static boolean named(List<?> list) {
        return !list.isEmpty()
                && list.stream().allMatch((item) -> item instanceof Map<?, ?> map && map.containsKey("name"));
    }

}
