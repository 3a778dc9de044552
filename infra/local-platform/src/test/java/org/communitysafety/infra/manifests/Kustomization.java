package org.communitysafety.infra.manifests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Renders a kustomization directory as {@code kustomize build} does, for the fields this
 * repository's kustomizations use (resources, namespace, images, replicas, patches, both
 * strategic-merge and JSON 6902). kustomize is not installed on every machine that builds
 * the repository, so the manifest checks render with this; a field it does not know fails
 * the rendering rather than being ignored, and {@link KustomizeRenderingTests} compares
 * its output with the real renderer's wherever one is installed.
 */
final class Kustomization {

    private static final Set<String> KNOWN_FIELDS = Set.of("apiVersion", "kind", "namespace", "resources", "images",
            "replicas", "patches");

    private static final Set<String> SCALABLE_KINDS = Set.of("Deployment", "StatefulSet", "ReplicaSet");

    private Kustomization() {
    }

    static Manifests render(Path directory) {
        return new Manifests(build(directory));
    }

    private static List<Map<String, Object>> build(Path directory) {
        Map<String, Object> kustomization = YamlTree.documents(directory.resolve("kustomization.yaml")).get(0);
        Set<String> unknown = new TreeSet<>(kustomization.keySet());
        unknown.removeAll(KNOWN_FIELDS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(directory + ": this renderer does not implement " + unknown
                    + "; add it here or render with kubectl kustomize");
        }
        List<Map<String, Object>> resources = new ArrayList<>();
        for (String resource : YamlTree.strings(kustomization.get("resources"))) {
            Path path = directory.resolve(resource).normalize();
            resources.addAll(Files.isDirectory(path) ? build(path) : YamlTree.documents(path));
        }
        for (Map<String, Object> patch : YamlTree.maps(kustomization.get("patches"))) {
            Patches.apply(resources, directory, patch);
        }
        if (kustomization.get("namespace") instanceof String namespace) {
            resources.stream()
                .filter((resource) -> !"Namespace".equals(resource.get("kind")))
                .forEach((resource) -> YamlTree.map(resource, "metadata").put("namespace", namespace));
        }
        for (Map<String, Object> image : YamlTree.maps(kustomization.get("images"))) {
            Images.set(resources, image);
        }
        for (Map<String, Object> replicas : YamlTree.maps(kustomization.get("replicas"))) {
            resources.stream()
                .filter((resource) -> SCALABLE_KINDS.contains(resource.get("kind")))
                .filter((resource) -> Manifests.name(resource).equals(replicas.get("name")))
                .forEach((resource) -> YamlTree.map(resource, "spec").put("replicas", replicas.get("count")));
        }
        return resources;
    }

}
