package org.communitysafety.scrutiny.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.communitysafety.scrutiny.Fixtures;
import org.communitysafety.scrutiny.Fixtures.Body;
import org.communitysafety.scrutiny.Fixtures.Scheduled;
import org.communitysafety.scrutiny.MovableClock;
import org.communitysafety.scrutiny.ScrutinyServiceTest;
import org.communitysafety.scrutiny.recommendation.OverdueResponses;
import org.communitysafety.servicedefaults.events.EventType;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.scrutiny.Fixtures.send;

/**
 * The service publishes every event type under a contract (schema and example), and keeps
 * every event to it.
 */
@ScrutinyServiceTest
class EventContractTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MovableClock clock;

    @Autowired
    OverdueResponses overdueResponses;

    @Test
    void publishesAContractWithAnExampleForEveryEventTypeAndNoOthers() {
        PublishedEvents.SCRUTINY
            .assertAContractWithAnExampleForEach(PublishedEvents.SCRUTINY.declaredContracts(EventType.class));
    }

    @Test
    void keepsEveryEventItPublishesToItsContract() {
        causeOneOfEveryEvent();
        PublishedEvents.SCRUTINY.assertEveryEventKeepsItsContract(
                PublishedEvents.SCRUTINY.declaredContracts(EventType.class), Duration.ofSeconds(30));
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

}
