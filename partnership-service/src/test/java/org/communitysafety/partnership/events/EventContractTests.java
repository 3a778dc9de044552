package org.communitysafety.partnership.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.partnership.Fixtures;
import org.communitysafety.partnership.PartnershipServiceTest;
import org.communitysafety.partnership.PublishedEvents;
import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.partnership.Fixtures.send;
import static org.communitysafety.partnership.Fixtures.update;
import static org.communitysafety.partnership.Fixtures.with;

/**
 * The service publishes every event type under a contract (schema and example), and keeps
 * every event to it.
 */
@PartnershipServiceTest
class EventContractTests {

    private static final EventContracts CONTRACTS = EventContracts.of(".");

    @Autowired
    Fixtures fixtures;

    @Test
    void publishesAContractWithAnExampleForEveryEventTypeAndNoOthers() throws IOException {
        Set<String> published;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/contracts/events"))) {
            published = files.map(file -> file.getFileName().toString())
                .filter(name -> name.endsWith(".schema.json"))
                .map(name -> name.substring(0, name.length() - ".schema.json".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        }

        assertThat(published).isEqualTo(eventTypes());
        for (String contract : published) {
            JsonNode example = EventContracts.json(CONTRACTS.example(contract));
            assertThat(PublishedEvents.contractOf(example)).isEqualTo(contract);
            assertThat(example.get("subject").asString()).endsWith("/" + example.get("partitionkey").asString());
            assertThat(CONTRACTS.violations(contract, example.get("data"))).as(contract).isEmpty();
        }
    }

    @Test
    void keepsEveryEventItPublishesToItsContract() {
        causeOneOfEveryEvent();
        Set<String> types = eventTypes();

        List<JsonNode> events = PublishedEvents.until(
                read -> read.stream().map(PublishedEvents::contractOf).collect(Collectors.toSet()).containsAll(types),
                Duration.ofSeconds(30));

        assertThat(events.stream().map(PublishedEvents::contractOf).collect(Collectors.toSet())).containsAll(types);
        assertThat(events).allSatisfy(event -> {
            assertThat(event.get("specversion").asString()).isEqualTo("1.0");
            assertThat(event.get("source").asString()).isEqualTo("/services/partnership");
            assertThat(event.get("subject").asString()).endsWith("/" + event.get("partitionkey").asString());
            assertThat(CONTRACTS.violations(PublishedEvents.contractOf(event), event.get("data"))).as(event.toString())
                .isEmpty();
        });
    }

    /** Every change the service knows, once: each publishes its own event type. */
    private void causeOneOfEveryEvent() {
        ApiClient manager = fixtures.groupManager();
        String police = fixtures.registeredOrganisation();
        String fire = fixtures.registeredOrganisation();
        update(fixtures.administrator(), "PATCH", "/api/v1/organisations/" + police, Map.of("name", "Renamed police"));
        String group = fixtures
            .formed(with(Fixtures.partnership(Fixtures.unique("csp"), List.of(police)), "status", "PROPOSED"));
        String path = "/api/v1/partnerships/" + group;
        update(manager, "PATCH", path, Map.of("reportingCadence", "P6M"));
        update(manager, "POST", path + "/status", Map.of("status", "ACTIVE"));
        update(manager, "PUT", path + "/member-organisations/" + fire, null);
        update(manager, "DELETE", path + "/member-organisations/" + fire, null);
        manager.post(path + "/terms-of-reference",
                Map.of("purpose", "A purpose", "responsibilities", List.of("A duty")));
        String email = Fixtures.unique("every") + "@police.example";
        String member = fixtures.appointed(group, Fixtures.member(police, email, "MEMBER"));
        update(manager, "PATCH", path + "/members/" + member, Map.of("roleOnGroup", "ADVISER"));
        update(manager, "POST", path + "/members/" + member + "/stand-down", Map.of());
        assertThat(send(fixtures.administrator(), "DELETE", "/api/v1/people/" + email, null, null).status())
            .isEqualTo(200);
    }

    private static Set<String> eventTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(EventType.class));
        return scanner.findCandidateComponents("org.communitysafety.partnership")
            .stream()
            .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
            .map(DomainEvent::typeOf)
            .map(type -> type.substring(PublishedEvents.TYPE_PREFIX.length()))
            .collect(Collectors.toCollection(TreeSet::new));
    }

}
