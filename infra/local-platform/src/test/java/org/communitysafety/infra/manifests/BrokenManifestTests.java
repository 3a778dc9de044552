package org.communitysafety.infra.manifests;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.communitysafety.infra.Workspace;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each manifest check fails on a deliberately broken overlay (src/test/manifests/broken)
 * and names what is wrong, so a passing check in {@link ManifestChecksTests} means
 * something.
 */
class BrokenManifestTests {

    private static final Path ROOT = Workspace.locate().root();

    private static Manifests broken(String fixture) {
        return Kustomization.render(ROOT.resolve("infra/local-platform/src/test/manifests/broken").resolve(fixture));
    }

    @Test
    void aDeploymentWithoutAReadinessProbeFails() {
        assertThat(ManifestChecks.probesAndLimits(broken("without-readiness-probe")))
            .containsExactly("partnership-service/partnership-service has no readinessProbe");
    }

    @Test
    void aDeploymentWithoutAMemoryLimitFails() {
        assertThat(ManifestChecks.probesAndLimits(broken("without-memory-limit")))
            .containsExactly("priority-service/priority-service has no memory limits");
    }

    @Test
    void aWritableRootFilesystemFails() {
        assertThat(ManifestChecks.hardening(broken("writable-root-filesystem")))
            .containsExactly("gateway/gateway has a writable root filesystem");
    }

    @Test
    void aDeploymentThatNoNetworkPolicyLetsReachAnythingFails() {
        assertThat(ManifestChecks.networkPolicies(broken("unfenced-deployment")))
            .containsExactly("reports-service has no NetworkPolicy allowing its egress");
    }

    @Test
    void anImageTagThatIsNotItsModulesVersionFails() {
        assertThat(ManifestChecks.imageTags(broken("stale-image-tag"), ModuleVersions.read(ROOT))).containsExactly(
                "scrutiny-service runs community-safety/scrutiny-service:0.0.9 but scrutiny-service is version "
                        + ModuleVersions.read(ROOT).get("scrutiny-service"));
    }

    @Test
    void aTopicAServicePublishesToButNoKafkaTopicDeclaresFails() {
        assertThat(ManifestChecks.topicsDeclared(broken("undeclared-topic"), ServiceTopics.read(ROOT)))
            .containsExactlyInAnyOrder("partnership-service uses partnership.events, which no KafkaTopic declares",
                    "priority-service uses partnership.events, which no KafkaTopic declares",
                    "scrutiny-service uses partnership.events, which no KafkaTopic declares",
                    "notification-service uses partnership.events, which no KafkaTopic declares");
    }

    @Test
    void aServiceReadingATopicWhoseDeadLetterTopicIsUndeclaredFails() {
        Manifests development = Kustomization.render(ROOT.resolve("infra/k8s/overlays/development"));
        Map<String, Set<String>> priorityReadsNotifications = Map.of("priority-service",
                Set.of("priority.events", "notification.events", "notification.events.priority.dlt"));

        assertThat(ManifestChecks.topicsDeclared(development, priorityReadsNotifications))
            .containsExactly("priority-service uses notification.events.priority.dlt, which no KafkaTopic declares");
    }

    @Test
    void aCommittedSecretFails() {
        assertThat(ManifestChecks.noSecrets(broken("committed-secret")))
            .containsExactly("Secret smtp-credentials is committed; reference it instead");
    }

    @Test
    void deploymentsWithoutAutoscalersBudgetsOrAntiAffinityFailTheProductionCheck() {
        Manifests base = Kustomization.render(ROOT.resolve("infra/k8s/base"));

        assertThat(ProductionChecks.scaledAndProtected(base)).hasSize(15)
            .contains("gateway has no HorizontalPodAutoscaler keeping at least two pods",
                    "gateway has no PodDisruptionBudget", "gateway has no pod anti-affinity");
    }

}
