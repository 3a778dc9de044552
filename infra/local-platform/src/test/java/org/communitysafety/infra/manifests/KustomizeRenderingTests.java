package org.communitysafety.infra.manifests;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.communitysafety.infra.Workspace;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The manifest checks render with {@link Kustomization}, since kustomize is not installed
 * on every machine that builds this repository. Where {@code kustomize} or
 * {@code kubectl} is on the PATH, this proves that rendering equal to the real one, for
 * each overlay and each broken fixture; elsewhere it is skipped and says why, and the
 * checks still run on the built-in rendering.
 */
class KustomizeRenderingTests {

    private static final Path ROOT = Workspace.locate().root();

    static Stream<Path> kustomizations() throws IOException {
        List<Path> directories = new ArrayList<>(
                List.of(ROOT.resolve("infra/k8s/overlays/development"), ROOT.resolve("infra/k8s/overlays/production")));
        try (Stream<Path> fixtures = Files.list(ROOT.resolve("infra/local-platform/src/test/manifests/broken"))) {
            directories.addAll(fixtures.sorted().toList());
        }
        return directories.stream();
    }

    @ParameterizedTest
    @MethodSource("kustomizations")
    void rendersAsKustomizeDoes(Path kustomization) throws Exception {
        Optional<List<String>> renderer = realRenderer();
        assumeTrue(renderer.isPresent(), "Neither kustomize nor kubectl is on the PATH: the manifest checks ran on the"
                + " built-in rendering only, not compared with kustomize's");
        List<String> command = new ArrayList<>(renderer.get());
        command.add(kustomization.toString());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String rendered = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as("%s exit status", command).isZero();

        Map<String, Map<String, Object>> expected = byId(YamlTree.maps(YamlTree.load(rendered)));
        Map<String, Map<String, Object>> actual = byId(Kustomization.render(kustomization).resources());
        assertThat(actual.keySet()).containsExactlyElementsOf(expected.keySet());
        expected.forEach((id, resource) -> assertThat(actual.get(id)).as(id).isEqualTo(resource));
    }

    private static Map<String, Map<String, Object>> byId(List<Map<String, Object>> resources) {
        Map<String, Map<String, Object>> byId = new TreeMap<>();
        resources.forEach((resource) -> byId.put(resource.get("kind") + " "
                + YamlTree.nested(resource, "metadata", "namespace") + "/" + Manifests.name(resource), resource));
        return byId;
    }

    private static Optional<List<String>> realRenderer() {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, "kustomize"))) {
                return Optional.of(List.of(Path.of(directory, "kustomize").toString(), "build"));
            }
            if (Files.isExecutable(Path.of(directory, "kubectl"))) {
                return Optional.of(List.of(Path.of(directory, "kubectl").toString(), "kustomize"));
            }
        }
        return Optional.empty();
    }

}
