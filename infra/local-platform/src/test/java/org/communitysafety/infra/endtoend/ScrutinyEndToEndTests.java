package org.communitysafety.infra.endtoend;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.communitysafety.testkit.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scrutiny through the gateway: the §7 baseline loaded by an administrator, a panel
 * meeting scheduled and its agenda published by the county's scrutiny officer, and what
 * the public then reads without credentials in JSON and iCalendar, a restricted item left
 * out.
 */
class ScrutinyEndToEndTests {

    private static final String PANEL = "northamptonshire-police-and-crime-panel";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RunningPlatform platform = RunningPlatform.get();

    @Test
    void publishesThePanelsAgendaToThePublicWithoutItsRestrictedItem() {
        ApiClient administrator = platform.gatewayAs(Registry.ADMINISTRATOR);
        assertThat(administrator.post("/api/v1/committees/baseline", "").status()).isEqualTo(200);
        ApiClient.Response again = administrator.post("/api/v1/committees/baseline", "");
        assertThat(again.json().get("created").asInt()).isZero();
        ApiClient officer = platform.gatewayAs("scrutiny-officer");
        String startsAt = LocalDate.now(ZoneId.of("Europe/London"))
            .plusDays(30)
            .atTime(18, 0)
            .atZone(ZoneId.of("Europe/London"))
            .toInstant()
            .toString();

        ApiClient.Response scheduled = officer.post("/api/v1/committees/" + PANEL + "/meetings",
                Map.of("title", "Police and Crime Panel", "startsAt", startsAt, "place", "County Hall, Northampton"));
        assertThat(scheduled.status()).as(scheduled.toString()).isEqualTo(201);
        String meeting = scheduled.json().get("id").asString();
        String etag = post(officer, "/api/v1/meetings/" + meeting + "/items", Map.of("title", "Precept proposal"),
                scheduled.header("ETag").orElseThrow());
        etag = post(officer, "/api/v1/meetings/" + meeting + "/items",
                Map.of("title", "Complaint about the Commissioner", "restricted", true, "restrictionReason",
                        "Information relating to an individual"),
                etag);
        post(officer, "/api/v1/meetings/" + meeting + "/agenda-publication", Map.of(), etag);

        JsonNode open = platform.gateway().get("/api/v1/open/meetings/" + meeting).json();
        ApiClient.Response calendar = platform.gateway().get("/api/v1/open/committees/" + PANEL + "/meetings.ics");

        assertThat(open.get("items")).hasSize(1);
        assertThat(open.get("items").get(0).get("title").asString()).isEqualTo("Precept proposal");
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.body()).contains("BEGIN:VCALENDAR", meeting).doesNotContain("Complaint about");
        assertThat(platform.gateway().get("/api/v1/meetings/" + meeting).status()).isEqualTo(401);
        assertThat(platform.gatewayAs("northamptonshire-police").get("/api/v1/meetings/" + meeting).status())
            .isEqualTo(403);
        assertThat(platform.gateway().get("/api/v1/open/committees").status()).isEqualTo(200);
    }

    private static String post(ApiClient client, String path, Object body, String ifMatch) {
        ApiClient.Response response = client.send("POST", path, "application/json", JSON.writeValueAsString(body),
                "If-Match", ifMatch);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.header("ETag").orElseThrow();
    }

}
