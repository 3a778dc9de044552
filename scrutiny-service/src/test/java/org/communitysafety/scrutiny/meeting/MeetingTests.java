package org.communitysafety.scrutiny.meeting;

import java.util.Map;

import org.communitysafety.scrutiny.Fixtures;
import org.communitysafety.scrutiny.Fixtures.Body;
import org.communitysafety.scrutiny.Fixtures.Scheduled;
import org.communitysafety.scrutiny.ScrutinyServiceTest;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.scrutiny.Fixtures.assertNotPermitted;
import static org.communitysafety.scrutiny.Fixtures.assertRuleViolated;
import static org.communitysafety.scrutiny.Fixtures.send;

@ScrutinyServiceTest
class MeetingTests {

    private static final Map<String, Object> ITEM = Map.of("title", "Anti-social behaviour in the town centre");

    @Autowired
    Fixtures fixtures;

    @Test
    void publishesAnAgendaGivingFiveClearWorkingDaysOnTimeAndSaysSo() {
        Body body = fixtures.committee();
        Scheduled meeting = fixtures.meeting(body, 30);
        String etag = fixtures.itemAdded(body, meeting.id(), meeting.etag(), ITEM);

        ApiClient.Response published = send(fixtures.officerOf(body.host()), "POST",
                "/api/v1/meetings/" + meeting.id() + "/agenda-publication", Map.of(), etag);

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("agendaPublishedOn").asString()).isEqualTo(fixtures.today().toString());
        assertThat(published.json().get("late").asBoolean()).isFalse();
        JsonNode event = PublishedEvents.SCRUTINY.about("meetings/" + meeting.id(), "agenda-published.v1");
        assertThat(event.get("data").get("late").asBoolean()).isFalse();
        assertThat(event.get("data").get("bodyId").asString()).isEqualTo(body.code());
        assertThat(PublishedEvents.SCRUTINY.about("meetings/" + meeting.id(), "meeting-scheduled.v1")
            .get("data")
            .get("place")
            .asString()).isEqualTo("Council Chamber");
    }

    @Test
    void publishesALateAgendaOnlyWithTheReasonAndFlagsIt() {
        Body body = fixtures.committee();
        Scheduled meeting = fixtures.meeting(body, 3);
        String etag = fixtures.itemAdded(body, meeting.id(), meeting.etag(), ITEM);
        String path = "/api/v1/meetings/" + meeting.id() + "/agenda-publication";
        ApiClient officer = fixtures.officerOf(body.host());

        assertRuleViolated(send(officer, "POST", path, Map.of(), etag), "fewer than five");
        ApiClient.Response published = send(officer, "POST", path,
                Map.of("lateReason", "The police performance report arrived late"), etag);

        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.json().get("late").asBoolean()).isTrue();
        assertThat(published.json().get("lateReason").asString()).contains("arrived late");
        JsonNode event = PublishedEvents.SCRUTINY.about("meetings/" + meeting.id(), "agenda-published.v1");
        assertThat(event.get("data").get("late").asBoolean()).isTrue();
        assertThat(event.get("data").get("lateReason").asString()).contains("arrived late");
    }

    @Test
    void refusesAReasonForLatenessOnAnAgendaThatIsOnTime() {
        Body body = fixtures.committee();
        Scheduled meeting = fixtures.meeting(body, 30);
        String etag = fixtures.itemAdded(body, meeting.id(), meeting.etag(), ITEM);

        assertRuleViolated(
                send(fixtures.officerOf(body.host()), "POST",
                        "/api/v1/meetings/" + meeting.id() + "/agenda-publication", Map.of("lateReason", "none"), etag),
                "needs no reason");
    }

    @Test
    void keepsAPublishedAgendaAsPublishedAndRestrictedItemsNeedAReason() {
        Body body = fixtures.committee();
        Scheduled meeting = fixtures.meeting(body, 30);
        ApiClient officer = fixtures.officerOf(body.host());
        String items = "/api/v1/meetings/" + meeting.id() + "/items";

        assertRuleViolated(
                send(officer, "POST", items, Map.of("title", "Case review", "restricted", true), meeting.etag()),
                "needs the reason");
        assertRuleViolated(send(officer, "POST", items, Map.of("title", "Public item", "restrictionReason", "why not"),
                meeting.etag()), "Only a restricted item");
        assertRuleViolated(send(officer, "POST", "/api/v1/meetings/" + meeting.id() + "/agenda-publication", Map.of(),
                meeting.etag()), "at least one item");
        String etag = fixtures.itemAdded(body, meeting.id(), meeting.etag(), Map.of("title", "Case review",
                "restricted", true, "restrictionReason", "Information about individuals (exempt, para 1)"));
        etag = send(officer, "POST", "/api/v1/meetings/" + meeting.id() + "/agenda-publication", Map.of(), etag)
            .header("ETag")
            .orElseThrow();

        assertRuleViolated(send(officer, "POST", items, ITEM, etag), "not changed after");
        assertRuleViolated(
                send(officer, "POST", "/api/v1/meetings/" + meeting.id() + "/agenda-publication", Map.of(), etag),
                "already published");
        assertRuleViolated(
                send(officer, "POST", "/api/v1/meetings/" + meeting.id() + "/minutes", Map.of("text", "Minutes"), etag),
                "after the meeting");
    }

    @Test
    void refusesAMeetingInThePastAndAReferenceThePlatformDoesNotKnow() {
        Body body = fixtures.committee();
        ApiClient officer = fixtures.officerOf(body.host());
        assertRuleViolated(officer.post("/api/v1/committees/" + body.code() + "/meetings", Map.of("title", "Too late",
                "startsAt", fixtures.inDays(-1, java.time.LocalTime.NOON), "place", "Chamber")), "has passed");
        Scheduled meeting = fixtures.meeting(body, 30);

        assertRuleViolated(send(officer, "POST", "/api/v1/meetings/" + meeting.id() + "/items",
                Map.of("title", "A review", "references",
                        java.util.List.of(Map.of("kind", "PRIORITY", "id", "no-such-priority"))),
                meeting.etag()), "No priority 'no-such-priority'");
    }

    @Test
    void letsOnlyTheHostAuthoritysScrutinyOfficersManageAndReadDrafts() {
        Body body = fixtures.committee();
        Scheduled meeting = fixtures.meeting(body, 30);
        ApiClient otherOfficer = fixtures.officerOf(Fixtures.unique("council"));
        ApiClient agency = fixtures.as(body.host(), "AGENCY");

        assertNotPermitted(
                otherOfficer.post("/api/v1/committees/" + body.code() + "/meetings", Map.of("title", "Hijack",
                        "startsAt", fixtures.inDays(20, java.time.LocalTime.NOON), "place", "Pub")),
                "Only the scrutiny officers of '" + body.host() + "'");
        assertNotPermitted(
                send(otherOfficer, "POST", "/api/v1/meetings/" + meeting.id() + "/items", ITEM, meeting.etag()),
                "may draft its agendas");
        assertNotPermitted(otherOfficer.get("/api/v1/meetings/" + meeting.id()), "read its unpublished material");
        assertNotPermitted(agency.get("/api/v1/committees/" + body.code() + "/meetings"), "list its meetings");
        assertThat(send(agency, "POST", "/api/v1/meetings/" + meeting.id() + "/items", ITEM, meeting.etag()).status())
            .isEqualTo(403);
        assertThat(fixtures.anonymous().get("/api/v1/meetings/" + meeting.id()).status()).isEqualTo(401);
        ApiClient.Response own = fixtures.officerOf(body.host()).get("/api/v1/meetings/" + meeting.id());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.header("ETag")).contains(meeting.etag());
        assertThat(fixtures.officerOf(body.host()).get("/api/v1/meetings/" + meeting.id()).json().get("items"))
            .isEmpty();
    }

    @Test
    void refusesAChangeMadeOnAStaleVersion() {
        Body body = fixtures.committee();
        Scheduled meeting = fixtures.meeting(body, 30);
        fixtures.itemAdded(body, meeting.id(), meeting.etag(), ITEM);

        ApiClient.Response stale = send(fixtures.officerOf(body.host()), "POST",
                "/api/v1/meetings/" + meeting.id() + "/items", ITEM, meeting.etag());

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.isProblem()).isTrue();
    }

    @Test
    void answersBadInputWithAProblemAndStoresNothing() {
        Body body = fixtures.committee();
        ApiClient officer = fixtures.officerOf(body.host());
        String meetings = "/api/v1/committees/" + body.code() + "/meetings";

        ApiClient.Response noDate = officer.post(meetings, Map.of("title", "No date", "place", "Chamber"));
        ApiClient.Response notADate = officer.post(meetings,
                Map.of("title", "Bad", "startsAt", "next Tuesday", "place", "Chamber"));
        ApiClient.Response notJson = send(officer, "POST", meetings, "{not json", null);

        for (ApiClient.Response response : java.util.List.of(noDate, notADate, notJson)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(officer.get(meetings).json().get("totalItems").asLong()).isZero();
    }

}
