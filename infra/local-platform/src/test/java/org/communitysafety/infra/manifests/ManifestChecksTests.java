package org.communitysafety.infra.manifests;

import java.nio.file.Path;

import org.communitysafety.infra.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each overlay in infra/k8s, rendered, passes every manifest check. The checks are proven
 * able to fail in {@link BrokenManifestTests}; the rendering is compared with kustomize's
 * own in {@link KustomizeRenderingTests}.
 */
class ManifestChecksTests {

    private static final Path ROOT = Workspace.locate().root();

    private static Manifests render(String overlay) {
        return Kustomization.render(ROOT.resolve("infra/k8s/overlays").resolve(overlay));
    }

    @ParameterizedTest
    @ValueSource(strings = { "development", "production" })
    void everyDeploymentHasProbesRequestsAndLimits(String overlay) {
        assertThat(ManifestChecks.probesAndLimits(render(overlay))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "development", "production" })
    void everyDeploymentRunsAsNonRootOnAReadOnlyRootFilesystem(String overlay) {
        assertThat(ManifestChecks.hardening(render(overlay))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "development", "production" })
    void everyDeploymentIsFencedByNetworkPoliciesBothWays(String overlay) {
        assertThat(ManifestChecks.networkPolicies(render(overlay))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "development", "production" })
    void everyImageCarriesItsModulesVersion(String overlay) {
        assertThat(ManifestChecks.imageTags(render(overlay), ModuleVersions.read(ROOT))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "development", "production" })
    void everyTopicAServiceUsesIsDeclared(String overlay) {
        assertThat(ManifestChecks.topicsDeclared(render(overlay), ServiceTopics.read(ROOT))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "development", "production" })
    void noSecretIsCommitted(String overlay) {
        assertThat(ManifestChecks.noSecrets(render(overlay))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "development", "production" })
    void everyOverlayDeploysTheGatewayAndTheFourServices(String overlay) {
        assertThat(render(overlay).deployments()).extracting(Manifests::name)
            .containsExactlyInAnyOrder("partnership-service", "priority-service", "scrutiny-service",
                    "notification-service", "gateway");
    }

    @Test
    void productionScalesSpreadsAndProtectsEveryDeployment() {
        assertThat(ProductionChecks.scaledAndProtected(render("production"))).isEmpty();
    }

    @Test
    void developmentRunsOneReplicaOfEachWithoutAutoscalersOrBudgets() {
        Manifests development = render("development");
        assertThat(development.deployments())
            .allSatisfy((deployment) -> assertThat(YamlTree.nested(deployment, "spec", "replicas")).isEqualTo(1));
        assertThat(development.ofKind("HorizontalPodAutoscaler")).isEmpty();
        assertThat(development.ofKind("PodDisruptionBudget")).extracting(Manifests::name).containsExactly("mongodb");
    }

    @Test
    void theTopicsServicesUseAreReadFromTheirSource() {
        assertThat(ServiceTopics.read(ROOT))
            .containsEntry("notification-service",
                    java.util.Set.of("notification.events", "partnership.events", "partnership.events.notification.dlt",
                            "partnership.personal-data-keys", "priority.events", "priority.events.notification.dlt",
                            "scrutiny.events", "scrutiny.events.notification.dlt"))
            .containsEntry("partnership-service",
                    java.util.Set.of("partnership.events", "partnership.personal-data-keys"))
            .containsEntry("priority-service",
                    java.util.Set.of("priority.events", "partnership.events", "partnership.events.priority.dlt",
                            "priority.events.priority.dlt"))
            .containsEntry("scrutiny-service", java.util.Set.of("scrutiny.events", "partnership.events",
                    "partnership.events.scrutiny.dlt", "priority.events", "priority.events.scrutiny.dlt"));
    }

}
