package org.communitysafety.infra.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a rendered overlay must satisfy before it may be applied. Each check answers the
 * problems it finds, one sentence each, and none when the manifests pass.
 */
final class ManifestChecks {

    private static final List<String> PROBES = List.of("livenessProbe", "readinessProbe", "startupProbe");

    private ManifestChecks() {
    }

    /**
     * Every container of every Deployment: three probes, CPU and memory requests, a
     * memory limit.
     */
    static List<String> probesAndLimits(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> deployment : manifests.deployments()) {
            for (Map<String, Object> container : YamlTree.maps(Manifests.podSpec(deployment).get("containers"))) {
                String where = Manifests.name(deployment) + "/" + container.get("name");
                PROBES.stream()
                    .filter((probe) -> container.get(probe) == null)
                    .forEach((probe) -> problems.add(where + " has no " + probe));
                for (String[] resource : new String[][] { { "requests", "cpu" }, { "requests", "memory" },
                        { "limits", "memory" } }) {
                    if (YamlTree.nested(container, "resources", resource[0], resource[1]) == null) {
                        problems.add(where + " has no " + resource[1] + " " + resource[0]);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Non-root, no privilege escalation, a read-only root filesystem and an emptyDir for
     * /tmp.
     */
    static List<String> hardening(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> deployment : manifests.deployments()) {
            Map<String, Object> pod = Manifests.podSpec(deployment);
            Set<Object> emptyDirs = new TreeSet<>(YamlTree.maps(pod.get("volumes"))
                .stream()
                .filter((volume) -> volume.containsKey("emptyDir"))
                .map((volume) -> volume.get("name"))
                .toList());
            for (Map<String, Object> container : YamlTree.maps(pod.get("containers"))) {
                String where = Manifests.name(deployment) + "/" + container.get("name");
                if (!Boolean.TRUE.equals(YamlTree.nested(pod, "securityContext", "runAsNonRoot"))
                        && !Boolean.TRUE.equals(YamlTree.nested(container, "securityContext", "runAsNonRoot"))) {
                    problems.add(where + " may run as root");
                }
                if (!Boolean.TRUE.equals(YamlTree.nested(container, "securityContext", "readOnlyRootFilesystem"))) {
                    problems.add(where + " has a writable root filesystem");
                }
                if (!Boolean.FALSE.equals(YamlTree.nested(container, "securityContext", "allowPrivilegeEscalation"))) {
                    problems.add(where + " may escalate its privileges");
                }
                if (YamlTree.maps(container.get("volumeMounts"))
                    .stream()
                    .noneMatch((mount) -> "/tmp".equals(mount.get("mountPath"))
                            && emptyDirs.contains(mount.get("name")))) {
                    problems.add(where + " has no emptyDir at /tmp");
                }
            }
        }
        return problems;
    }

    /**
     * Every Deployment's pods are chosen by a NetworkPolicy of their own that admits
     * something to them and by one that lets them reach something: the namespace denies
     * both by default, so without them a Deployment is unreachable or cut off. Policies
     * for every pod (DNS, the monitoring port) do not count: they say nothing about what
     * this Deployment is for.
     */
    static List<String> networkPolicies(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> deployment : manifests.deployments()) {
            Map<?, ?> labels = Manifests.podLabels(deployment);
            for (String direction : List.of("Ingress", "Egress")) {
                String rules = direction.toLowerCase(java.util.Locale.ROOT);
                boolean allowed = manifests.ofKind("NetworkPolicy").stream().anyMatch((policy) -> {
                    Object selector = YamlTree.nested(policy, "spec", "podSelector");
                    return Manifests.selects(selector, labels) && !selectsEvery(selector, manifests.deployments())
                            && YamlTree.strings(YamlTree.nested(policy, "spec", "policyTypes")).contains(direction)
                            && !YamlTree.maps(YamlTree.nested(policy, "spec", rules)).isEmpty();
                });
                if (!allowed) {
                    problems.add(Manifests.name(deployment) + " has no NetworkPolicy allowing its " + rules);
                }
            }
        }
        return problems;
    }

    private static boolean selectsEvery(Object selector, List<Map<String, Object>> deployments) {
        return deployments.stream()
            .allMatch((deployment) -> Manifests.selects(selector, Manifests.podLabels(deployment)));
    }

    /**
     * Every image the platform builds ({@code community-safety/<module>}) carries its
     * module's version: a service is released on its own, with the version it was built
     * as.
     */
    static List<String> imageTags(Manifests manifests, Map<String, String> versionByModule) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> resource : manifests.resources()) {
            for (Map<String, Object> container : Manifests.containers(resource)) {
                String image = String.valueOf(container.get("image"));
                String repository = Images.repository(image);
                if (!repository.startsWith("community-safety/")) {
                    continue;
                }
                String module = repository.substring("community-safety/".length());
                String version = versionByModule.get(module);
                if (version == null) {
                    problems.add(Manifests.name(resource) + " runs " + image + ", which no module builds");
                }
                else if (!version.equals(Images.tag(image))) {
                    problems
                        .add(Manifests.name(resource) + " runs " + image + " but " + module + " is version " + version);
                }
            }
        }
        return problems;
    }

    /**
     * Every topic a service publishes to or reads (and each dead-letter topic) is a
     * KafkaTopic.
     */
    static List<String> topicsDeclared(Manifests manifests, Map<String, Set<String>> topicsByService) {
        Set<Object> declared = new TreeSet<>(manifests.ofKind("KafkaTopic")
            .stream()
            .map((topic) -> YamlTree.nested(topic, "spec", "topicName"))
            .filter(Objects::nonNull)
            .toList());
        List<String> problems = new ArrayList<>();
        topicsByService.forEach((service, topics) -> topics.stream()
            .filter((topic) -> !declared.contains(topic))
            .forEach((topic) -> problems.add(service + " uses " + topic + ", which no KafkaTopic declares")));
        return problems;
    }

    /**
     * Secrets are created from a vault, never committed: the manifests only reference
     * them.
     */
    static List<String> noSecrets(Manifests manifests) {
        return manifests.ofKind("Secret")
            .stream()
            .map((secret) -> "Secret " + Manifests.name(secret) + " is committed; reference it instead")
            .toList();
    }

}
