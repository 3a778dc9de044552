package org.communitysafety.infra.manifests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What production adds: each Deployment scaled by a HorizontalPodAutoscaler that keeps at
 * least two pods, protected by a PodDisruptionBudget, and kept off its siblings' node.
 */
final class ProductionChecks {

    private ProductionChecks() {
    }

    static List<String> scaledAndProtected(Manifests manifests) {
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> deployment : manifests.deployments()) {
            String name = Manifests.name(deployment);
            boolean scaled = manifests.ofKind("HorizontalPodAutoscaler")
                .stream()
                .filter((autoscaler) -> Objects.equals(name,
                        YamlTree.nested(autoscaler, "spec", "scaleTargetRef", "name")))
                .anyMatch((autoscaler) -> YamlTree.nested(autoscaler, "spec", "minReplicas") instanceof Integer minimum
                        && minimum >= 2);
            if (!scaled) {
                problems.add(name + " has no HorizontalPodAutoscaler keeping at least two pods");
            }
            boolean budgeted = manifests.ofKind("PodDisruptionBudget")
                .stream()
                .anyMatch((budget) -> Manifests.selects(YamlTree.nested(budget, "spec", "selector"),
                        Manifests.podLabels(deployment)));
            if (!budgeted) {
                problems.add(name + " has no PodDisruptionBudget");
            }
            if (YamlTree.nested(Manifests.podSpec(deployment), "affinity", "podAntiAffinity") == null) {
                problems.add(name + " has no pod anti-affinity");
            }
        }
        return problems;
    }

}
