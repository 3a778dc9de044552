package org.communitysafety.scrutiny.publication;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.communitysafety.scrutiny.Fixtures;
import org.communitysafety.scrutiny.Fixtures.Body;
import org.communitysafety.scrutiny.ScrutinyServiceTest;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.testkit.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.scrutiny.Fixtures.send;

/**
 * What the public reads without credentials: published agendas' public items, in JSON and
 * in iCalendar feeds that a second library (ical4j; the service writes with biweekly)
 * reads back at the right time in England on both sides of the clocks changing.
 */
@ScrutinyServiceTest
class PublicationTests {

    private static final String RESTRICTED = "Case conference on a named family";

    private static final String REASON = "Information relating to an individual";

    private static final String DRAFT = "Draft item not yet published";

    @Autowired
    Fixtures fixtures;

    @Test
    void showsThePublicOnlyPublishedAgendasWithoutRestrictedItemsInJsonAndCalendars() throws Exception {
        Body body = fixtures.committee();
        LocalDate change = nextClockChangeAfter(fixtures.today().plusDays(10));
        String before = scheduledAt(body, change.minusDays(3));
        String after = scheduledAt(body, change.plusDays(3));
        ApiClient officer = fixtures.officerOf(body.host());
        String etag = officer.get("/api/v1/meetings/" + before).header("ETag").orElseThrow();
        etag = fixtures.itemAdded(body, before, etag, Map.of("title", "Anti-social behaviour review"));
        etag = fixtures.itemAdded(body, before, etag,
                Map.of("title", RESTRICTED, "restricted", true, "restrictionReason", REASON));
        assertThat(send(officer, "POST", "/api/v1/meetings/" + before + "/agenda-publication", Map.of(), etag).status())
            .isEqualTo(200);
        fixtures.itemAdded(body, after, officer.get("/api/v1/meetings/" + after).header("ETag").orElseThrow(),
                Map.of("title", DRAFT));
        ApiClient anyone = fixtures.anonymous();

        ApiClient.Response json = anyone.get("/api/v1/open/committees/" + body.code() + "/meetings");
        ApiClient.Response bodyCalendar = anyone.get("/api/v1/open/committees/" + body.code() + "/meetings.ics");
        ApiClient.Response allCalendar = anyone.get("/api/v1/open/meetings/calendar.ics");

        assertThat(json.status()).isEqualTo(200);
        JsonNode published = meeting(json.json(), before);
        assertThat(published.get("items")).hasSize(1);
        assertThat(published.get("items").get(0).get("title").asString()).isEqualTo("Anti-social behaviour review");
        assertThat(meeting(json.json(), after).get("items")).isEmpty();
        assertThat(meeting(json.json(), after).get("agendaPublishedOn").isNull()).isTrue();
        for (ApiClient.Response response : List.of(json, bodyCalendar, allCalendar,
                anyone.get("/api/v1/open/meetings/" + after), anyone.get("/api/v1/open/meetings"))) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(unfolded(response.body())).doesNotContain(RESTRICTED, REASON, DRAFT);
        }
        assertThat(bodyCalendar.contentType()).startsWith("text/calendar");
        for (ApiClient.Response feed : List.of(bodyCalendar, allCalendar)) {
            Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
            assertThat(startInEngland(calendar, before)).isEqualTo(change.minusDays(3).atTime(19, 0));
            assertThat(startInEngland(calendar, after)).isEqualTo(change.plusDays(3).atTime(19, 0));
            assertThat(calendar.<VEvent>getComponents("VEVENT")
                .stream()
                .map(event -> event.getProperty("DESCRIPTION").map(p -> p.getValue()).orElse("")
                        + event.getProperty("SUMMARY").map(p -> p.getValue()).orElse(""))
                .toList()).noneMatch(text -> text.contains(RESTRICTED) || text.contains(DRAFT));
        }
    }

    @Test
    void publishesRecommendationsAndResponsesToAnyoneAndTheBodiesWithTheirMembers() {
        Body body = fixtures.committee();
        String police = fixtures.knownOrganisation();
        ApiClient.Response made = fixtures.officerOf(body.host())
            .post("/api/v1/committees/" + body.code() + "/recommendations",
                    Map.of("review", "Night-time economy", "title", "Extend Street Pastors", "text", "Extend it.",
                            "addresseeKind", "ORGANISATION", "addresseeId", police));
        String id = made.json().get("id").asString();
        send(fixtures.as(police, "AGENCY"), "POST", "/api/v1/recommendations/" + id + "/response",
                Map.of("outcome", "REJECTED", "reasons", "No budget this year"), made.header("ETag").orElseThrow());

        ApiClient.Response open = fixtures.anonymous().get("/api/v1/open/recommendations/" + id);
        ApiClient.Response list = fixtures.anonymous().get("/api/v1/open/recommendations?body=" + body.code());

        assertThat(open.status()).isEqualTo(200);
        assertThat(open.json().get("response").get("reasons").asString()).isEqualTo("No budget this year");
        assertThat(list.json().get("items")).hasSize(1);
        assertThat(fixtures.anonymous()
            .get("/api/v1/open/committees/" + body.code())
            .json()
            .get("hostOrganisation")
            .asString()).isEqualTo(body.host());
        assertThat(fixtures.anonymous().get("/api/v1/recommendations/" + id).status()).isEqualTo(401);
    }

    private String scheduledAt(Body body, LocalDate day) {
        Instant startsAt = day.atTime(LocalTime.of(19, 0)).atZone(UkCalendar.ZONE).toInstant();
        ApiClient.Response scheduled = fixtures.officerOf(body.host())
            .post("/api/v1/committees/" + body.code() + "/meetings",
                    Map.of("title", "Scrutiny " + day, "startsAt", startsAt, "place", "Council Chamber"));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        return scheduled.json().get("id").asString();
    }

    private static java.time.LocalDateTime startInEngland(Calendar calendar, String meetingId) {
        VEvent event = calendar.<VEvent>getComponents("VEVENT")
            .stream()
            .filter(candidate -> candidate.getProperty("UID").orElseThrow().getValue().startsWith(meetingId))
            .findFirst()
            .orElseThrow();
        DtStart<Temporal> start = event.<Temporal>getStartDate().orElseThrow();
        Instant instant = Instant.from(start.getDate());
        return ZonedDateTime.ofInstant(instant, UkCalendar.ZONE).toLocalDateTime();
    }

    private static JsonNode meeting(JsonNode meetings, String id) {
        for (JsonNode meeting : meetings) {
            if (meeting.get("id").asString().equals(id)) {
                return meeting;
            }
        }
        throw new AssertionError("No meeting " + id + " in " + meetings);
    }

    /** The day of the next change between GMT and BST after the day given. */
    private static LocalDate nextClockChangeAfter(LocalDate day) {
        Instant from = day.atStartOfDay(UkCalendar.ZONE).toInstant();
        return UkCalendar.ZONE.getRules().nextTransition(from).getInstant().atZone(UkCalendar.ZONE).toLocalDate();
    }

    /** iCalendar folds long lines; a phrase split over two would otherwise hide. */
    private static String unfolded(String text) {
        return text.replace("\r\n ", "").replace("\n ", "");
    }

}
