package org.communitysafety.testkit;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a service has published on its topic, read from the beginning as a new consumer
 * would, and held to the contracts the service publishes: every event a test reads is
 * checked against its contract's schema before the test sees it.
 */
public final class PublishedEvents {

    public static final PublishedEvents PARTNERSHIP = new PublishedEvents("partnership");

    public static final PublishedEvents PRIORITY = new PublishedEvents("priority");

    public static final PublishedEvents SCRUTINY = new PublishedEvents("scrutiny");

    private static final Duration PUBLISHED_WITHIN = Duration.ofSeconds(30);

    private final String service;

    private PublishedEvents(String service) {
        this.service = service;
    }

    /** The topic the service publishes on, e.g. {@code priority.events}. */
    public String topic() {
        return service + ".events";
    }

    /** What every event type of the service starts with. */
    public String typePrefix() {
        return "org.communitysafety." + service + ".";
    }

    /** The contracts the service publishes, wherever in the repository a test runs. */
    public EventContracts contracts() {
        return EventContracts.of(moduleDirectory().toString());
    }

    /**
     * The first event of the contract about the subject (e.g. {@code actions/5d1c...}),
     * once published, after checking it keeps its contract.
     */
    public JsonNode about(String subject, String contract) {
        JsonNode event = until(events -> events.stream().anyMatch(matches(subject, contract)), PUBLISHED_WITHIN)
            .stream()
            .filter(matches(subject, contract))
            .findFirst()
            .orElseThrow(() -> new AssertionError("No " + contract + " event was published about " + subject));
        List<String> violations = contracts().violations(contract, event.get("data"));
        if (!violations.isEmpty()) {
            throw new AssertionError(contract + " breaks its contract: " + violations + " in " + event);
        }
        return event;
    }

    /** Every event of the contract about the subject published so far. */
    public List<JsonNode> allAbout(String subject, String contract, Duration readFor) {
        try (TopicReader reader = new TopicReader(PlatformInfrastructure.shared().kafkaBootstrapServers(), topic())) {
            return events(reader.readFor(readFor)).stream().filter(matches(subject, contract)).toList();
        }
    }

    /** Everything published, read until the condition holds or the time is up. */
    public List<JsonNode> until(Predicate<List<JsonNode>> condition, Duration timeout) {
        try (TopicReader reader = new TopicReader(PlatformInfrastructure.shared().kafkaBootstrapServers(), topic())) {
            return events(reader.readUntil(read -> condition.test(events(read)), timeout));
        }
    }

    /** The contract an event names in its type, e.g. {@code action-overdue.v1}. */
    public String contractOf(JsonNode event) {
        return event.get("type").asString().substring(typePrefix().length());
    }

    /**
     * The contracts of the event classes the service's code declares: each class under
     * the service's package carrying the annotation, named by the annotation's value.
     */
    public Set<String> declaredContracts(Class<? extends Annotation> eventType) {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(eventType));
        return scanner.findCandidateComponents("org.communitysafety." + service)
            .stream()
            .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
            .map(eventClass -> (String) AnnotationUtils.getValue(eventClass.getAnnotation(eventType)))
            .map(type -> type.substring(typePrefix().length()))
            .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The service publishes a contract (schema and an example that keeps it) for exactly
     * the contracts it declares.
     */
    public void assertAContractWithAnExampleForEach(Set<String> declared) {
        Set<String> published;
        try (Stream<Path> files = Files.list(moduleDirectory().resolve("src/main/resources/contracts/events"))) {
            published = files.map(file -> file.getFileName().toString())
                .filter(name -> name.endsWith(".schema.json"))
                .map(name -> name.substring(0, name.length() - ".schema.json".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        }
        catch (IOException ex) {
            throw new IllegalStateException("The contracts of " + service + " cannot be listed", ex);
        }

        assertThat(published).isEqualTo(declared);
        for (String contract : published) {
            JsonNode example = EventContracts.json(contracts().example(contract));
            assertThat(contractOf(example)).isEqualTo(contract);
            assertThat(example.get("subject").asString()).endsWith("/" + example.get("partitionkey").asString());
            assertThat(contracts().violations(contract, example.get("data"))).as(contract).isEmpty();
        }
    }

    /**
     * Once the service has published one event of each declared contract, every event on
     * its topic is a CloudEvent from the service keeping its contract.
     */
    public void assertEveryEventKeepsItsContract(Set<String> declared, Duration timeout) {
        List<JsonNode> events = until(
                read -> read.stream().map(this::contractOf).collect(Collectors.toSet()).containsAll(declared), timeout);

        assertThat(events.stream().map(this::contractOf).collect(Collectors.toSet())).containsAll(declared);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.get("specversion").asString()).isEqualTo("1.0");
            assertThat(event.get("source").asString()).isEqualTo("/services/" + service);
            assertThat(event.get("subject").asString()).endsWith("/" + event.get("partitionkey").asString());
            assertThat(contracts().violations(contractOf(event), event.get("data"))).as(event.toString()).isEmpty();
        });
    }

    private Predicate<JsonNode> matches(String subject, String contract) {
        return event -> subject.equals(event.get("subject").asString()) && contract.equals(contractOf(event));
    }

    private static List<JsonNode> events(List<ConsumerRecord<String, String>> records) {
        return records.stream().map(record -> EventContracts.json(record.value())).toList();
    }

    /** The service's module, found from the directory a test runs in (any module's). */
    private Path moduleDirectory() {
        String module = service + "-service";
        for (Path directory = Path.of("").toAbsolutePath(); directory != null; directory = directory.getParent()) {
            if (directory.getFileName() != null && directory.getFileName().toString().equals(module)) {
                return directory;
            }
            if (Files.isDirectory(directory.resolve(module))) {
                return directory.resolve(module);
            }
        }
        throw new IllegalStateException("No module " + module + " above " + Path.of("").toAbsolutePath());
    }

}
