package org.communitysafety.infra.observability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.communitysafety.infra.Workspace;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The alert rules and the dashboard in infra/observability name only metrics the
 * platform's code registers, and every alert has its entry in the runbook, so that a
 * renamed meter or an undocumented alert fails the build instead of paging nobody.
 */
class ObservabilityFilesTests {

    private static final Path ROOT = Workspace.locate().root();

    private static final Pattern PLATFORM_METRIC = Pattern.compile("\\bplatform_[a-z_]+");

    private static String read(String file) {
        try {
            return Files.readString(ROOT.resolve(file));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> alertRules() {
        Map<String, Object> file = new Yaml(new SafeConstructor(new LoaderOptions()))
            .load(read("infra/observability/alert-rules.yaml"));
        return ((List<Map<String, Object>>) file.get("groups")).stream()
            .flatMap((group) -> ((List<Map<String, Object>>) group.get("rules")).stream())
            .toList();
    }

    /** The platform's own metrics a file names that no module's code registers. */
    static Set<String> unregistered(String file, Set<String> registeredMeters) {
        Set<String> unknown = new TreeSet<>();
        Matcher metric = PLATFORM_METRIC.matcher(file);
        while (metric.find()) {
            String meter = metric.group().replaceFirst("_(total|seconds)$", "").replace('_', '.');
            if (!registeredMeters.contains(meter)) {
                unknown.add(metric.group());
            }
        }
        return unknown;
    }

    /**
     * Every {@code "platform.…"} string in the modules' main sources: the meters they may
     * register.
     */
    private static Set<String> registeredMeters() {
        Set<String> meters = new TreeSet<>();
        Pattern name = Pattern.compile("\"(platform\\.[a-z.]+)\"");
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path source : files.filter((path) -> path.toString().endsWith(".java"))
                .filter((path) -> path.toString().contains("/src/main/java/"))
                .toList()) {
                Matcher matcher = name.matcher(Files.readString(source));
                while (matcher.find()) {
                    meters.add(matcher.group(1));
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return meters;
    }

    @Test
    void theAlertRulesAndTheDashboardNameOnlyMetricsTheCodeRegisters() {
        Set<String> meters = registeredMeters();

        assertThat(unregistered(read("infra/observability/alert-rules.yaml"), meters)).isEmpty();
        assertThat(unregistered(read("infra/observability/grafana-dashboard.json"), meters)).isEmpty();
    }

    @Test
    void aMetricNoCodeRegistersIsFound() {
        String rules = "expr: platform_outbox_pending > 0 or platform_parked_events_total > 0";

        assertThat(unregistered(rules, registeredMeters())).containsExactly("platform_parked_events_total");
    }

    @Test
    void everyAlertHasAnExpressionAndItsEntryInTheRunbook() {
        String runbook = read("infra/RUNBOOK.md");

        assertThat(alertRules()).isNotEmpty().allSatisfy((rule) -> {
            assertThat(rule.get("expr")).as("expr of %s", rule.get("alert")).isNotNull();
            assertThat(runbook).as("the runbook's entry for %s", rule.get("alert"))
                .contains("`" + rule.get("alert") + "`");
        });
    }

}
