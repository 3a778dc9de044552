package org.communitysafety.scrutiny.events;

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

import org.communitysafety.scrutiny.Fixtures;
import org.communitysafety.scrutiny.Fixtures.Body;
import org.communitysafety.scrutiny.Fixtures.Scheduled;
import org.communitysafety.scrutiny.MovableClock;
import org.communitysafety.scrutiny.PublishedEvents;
import org.communitysafety.scrutiny.ScrutinyServiceTest;
import org.communitysafety.scrutiny.recommendation.OverdueResponses;
import org.communitysafety.servicedefaults.events.DomainEvent;
import org.communitysafety.servicedefaults.events.EventType;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.EventContracts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.scrutiny.Fixtures.send;

/**
 * The service publishes every event type under a contract (schema and example), and keeps
 * every event to it.
 */
@ScrutinyServiceTest
class EventContractTests {

    private static final EventContracts CONTRACTS = EventContracts.of(".");

    @Autowired
    Fixtures fixtures;

    @Autowired
    MovableClock clock;

    @Autowired
    OverdueResponses overdueResponses;

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
            assertThat(event.get("source").asString()).isEqualTo("/services/scrutiny");
            assertThat(event.get("subject").asString()).endsWith("/" + event.get("partitionkey").asString());
            assertThat(CONTRACTS.violations(PublishedEvents.contractOf(event), event.get("data"))).as(event.toString())
                .isEmpty();
        });
    }

    /** Every change the service knows, once: each publishes its own event type. */
    private void causeOneOfEveryEvent() {
        Body panel = fixtures.body("POLICE_AND_CRIME_PANEL", List.of("corby-borough-council"));
        ApiClient officer = fixtures.officerOf(panel.host());
        String path = "/api/v1/committees/" + panel.code();
        String etag = send(officer, "POST", path + "/members",
                Map.of("name", "Cllr A Example", "kind", "COUNCILLOR", "appointedBy", "corby-borough-council"), "\"0\"")
            .header("ETag")
            .orElseThrow();
        send(officer, "POST", path + "/arrangements",
                Map.of("organisation", "corby-borough-council", "agreedOn", "2012-06-28"), etag);
        Scheduled meeting = fixtures.meeting(panel, 1);
        etag = fixtures.itemAdded(panel, meeting.id(), meeting.etag(), Map.of("title", "Precept"));
        send(officer, "POST", "/api/v1/meetings/" + meeting.id() + "/agenda-publication",
                Map.of("lateReason", "Urgent precept report"), etag);
        String police = fixtures.knownOrganisation();
        ApiClient.Response answered = officer.post(path + "/recommendations", recommendation(police));
        send(fixtures.as(police, "AGENCY"), "POST",
                "/api/v1/recommendations/" + answered.json().get("id").asString() + "/response",
                Map.of("outcome", "ACCEPTED"), answered.header("ETag").orElseThrow());
        officer.post(path + "/recommendations", recommendation(police));
        clock.advance(Duration.ofDays(29));
        overdueResponses.raiseOverdue();
        ApiClient.Response minutes = send(officer, "POST", "/api/v1/meetings/" + meeting.id() + "/minutes",
                Map.of("text", "The panel agreed the precept."),
                officer.get("/api/v1/meetings/" + meeting.id()).header("ETag").orElseThrow());
        assertThat(minutes.status()).as(minutes.toString()).isEqualTo(200);
    }

    private static Map<String, Object> recommendation(String addressee) {
        return Map.of("review", "Precept review", "title", "Publish the precept consultation earlier", "text",
                "Publish it in November.", "addresseeKind", "ORGANISATION", "addresseeId", addressee);
    }

    private static Set<String> eventTypes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(EventType.class));
        return scanner.findCandidateComponents("org.communitysafety.scrutiny")
            .stream()
            .map(candidate -> ClassUtils.resolveClassName(candidate.getBeanClassName(), null))
            .map(DomainEvent::typeOf)
            .map(type -> type.substring(PublishedEvents.TYPE_PREFIX.length()))
            .collect(Collectors.toCollection(TreeSet::new));
    }

}
