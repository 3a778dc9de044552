package org.communitysafety.infra.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The resources an overlay renders to, and the views of them the checks need. */
record Manifests(List<Map<String, Object>> resources) {

    List<Map<String, Object>> ofKind(String kind) {
        return resources.stream().filter((resource) -> kind.equals(resource.get("kind"))).toList();
    }

    List<Map<String, Object>> deployments() {
        return ofKind("Deployment");
    }

    static String name(Map<String, Object> resource) {
        return String.valueOf(YamlTree.nested(resource, "metadata", "name"));
    }

    static Map<String, Object> podSpec(Map<String, Object> workload) {
        Object spec = YamlTree.nested(workload, "spec", "template", "spec");
        return (spec == null) ? Map.of() : YamlTree.maps(List.of(spec)).get(0);
    }

    static Map<?, ?> podLabels(Map<String, Object> workload) {
        return (YamlTree.nested(workload, "spec", "template", "metadata", "labels") instanceof Map<?, ?> labels)
                ? labels : Map.of();
    }

    /** A workload's containers and init containers. */
    static List<Map<String, Object>> containers(Map<String, Object> workload) {
        List<Map<String, Object>> containers = new ArrayList<>(YamlTree.maps(podSpec(workload).get("containers")));
        containers.addAll(YamlTree.maps(podSpec(workload).get("initContainers")));
        return containers;
    }

    /**
     * Whether a label selector ({@code matchLabels}, and {@code matchExpressions} with
     * {@code In}) selects pods with these labels; an empty selector selects every pod.
     */
    static boolean selects(Object selector, Map<?, ?> labels) {
        Map<?, ?> matchLabels = (YamlTree.nested(selector, "matchLabels") instanceof Map<?, ?> labelsToMatch)
                ? labelsToMatch : Map.of();
        boolean labelsMatch = matchLabels.entrySet()
            .stream()
            .allMatch((label) -> Objects.equals(String.valueOf(label.getValue()),
                    String.valueOf(labels.get(label.getKey()))));
        boolean expressionsMatch = YamlTree.maps(YamlTree.nested(selector, "matchExpressions"))
            .stream()
            .allMatch((expression) -> "In".equals(expression.get("operator"))
                    && YamlTree.strings(expression.get("values"))
                        .contains(String.valueOf(labels.get(expression.get("key")))));
        return labelsMatch && expressionsMatch;
    }

}
