package org.communitysafety.infra.manifests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A kustomization's {@code patches}: a file or inline patch, strategic-merge (an object
 * naming its resource) or JSON 6902 (a list of operations), applied to the resources its
 * target selects by kind, name and labels. A patch that selects nothing is an error, as
 * in kustomize.
 */
final class Patches {

    private Patches() {
    }

    static void apply(List<Map<String, Object>> resources, Path directory, Map<String, Object> entry) {
        List<Object> documents = (entry.get("path") instanceof String file) ? YamlTree.load(directory.resolve(file))
                : YamlTree.load((String) entry.get("patch"));
        Optional<Map<String, Object>> target = Optional.ofNullable(YamlTree.nested(entry, "target"))
            .map((value) -> YamlTree.maps(List.of(value)).get(0));
        if (documents.size() == 1 && documents.get(0) instanceof List<?> operations) {
            Map<String, Object> selector = target
                .orElseThrow(() -> new IllegalArgumentException("A JSON 6902 patch needs a target: " + entry));
            selected(resources, selector, entry).forEach((resource) -> YamlTree.maps(operations)
                .forEach((operation) -> JsonPatch.apply(resource, operation)));
            return;
        }
        for (Map<String, Object> patch : YamlTree.maps(documents)) {
            Map<String, Object> selector = target
                .orElseGet(() -> Map.of("kind", patch.get("kind"), "name", Manifests.name(patch)));
            selected(resources, selector, entry)
                .forEach((resource) -> StrategicMerge.merge(resource, withoutName(patch, target)));
        }
    }

    /** With an explicit target a patch's own name is a placeholder, never a rename. */
    private static Map<String, Object> withoutName(Map<String, Object> patch, Optional<Map<String, Object>> target) {
        if (target.isEmpty()) {
            return patch;
        }
        Map<String, Object> copy = YamlTree.copy(patch);
        YamlTree.map(copy, "metadata").remove("name");
        return copy;
    }

    private static List<Map<String, Object>> selected(List<Map<String, Object>> resources, Map<String, Object> target,
            Map<String, Object> entry) {
        List<Map<String, Object>> selected = resources.stream()
            .filter((resource) -> matches(resource, target))
            .toList();
        if (selected.isEmpty()) {
            throw new IllegalArgumentException("No resource matches the patch " + entry);
        }
        return selected;
    }

    private static boolean matches(Map<String, Object> resource, Map<String, Object> target) {
        return (target.get("kind") == null || Objects.equals(target.get("kind"), resource.get("kind")))
                && (target.get("name") == null || Objects.equals(target.get("name"), Manifests.name(resource)))
                && (!(target.get("labelSelector") instanceof String selector) || labelsMatch(resource, selector));
    }

    /** Equality selectors ({@code key=value,key=value}), the only kind used here. */
    private static boolean labelsMatch(Map<String, Object> resource, String selector) {
        Object labels = YamlTree.nested(resource, "metadata", "labels");
        for (String requirement : selector.split(",")) {
            String[] keyAndValue = requirement.trim().split("=", 2);
            if (keyAndValue.length != 2 || !(labels instanceof Map<?, ?> map)
                    || !keyAndValue[1].equals(String.valueOf(map.get(keyAndValue[0])))) {
                return false;
            }
        }
        return true;
    }

}
