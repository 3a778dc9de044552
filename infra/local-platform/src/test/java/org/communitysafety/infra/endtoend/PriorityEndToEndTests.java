package org.communitysafety.infra.endtoend;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.communitysafety.testkit.ApiClient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The priority service through the gateway with the development auth server's own
 * clients: an agency records progress on its own action and is refused on another's, and
 * the published agreement is open data whose CSV a CSV library reads.
 */
class PriorityEndToEndTests {

    private final RunningPlatform platform = RunningPlatform.get();

    @Test
    void anAgencyRecordsProgressOnItsOwnActionAndIsRefusedOnAnothers() {
        new Registry(platform).priorityBaselineLoaded();
        ApiClient northampton = platform.gatewayAs("northampton-borough-council");
        ApiClient.Response priority = northampton.post("/api/v1/priorities",
                Map.of("title", "Violence in the night-time economy", "theme", "violence", "scope", "LOCAL",
                        "partnership", "northampton-csp", "leadGroup", "northampton-csp", "sources",
                        List.of("STRATEGIC_ASSESSMENT"), "parent", "countywide-violence-2015-16", "since", "2015-16"));
        assertThat(priority.status()).as(priority.toString()).isEqualTo(201);
        ApiClient.Response action = northampton.post(
                "/api/v1/priorities/" + priority.json().get("id").asString() + "/actions",
                Map.of("title", "Profile violent offenders", "ownerOrganisation", "northamptonshire-police", "dueDate",
                        LocalDate.now().plusMonths(3).toString()));
        assertThat(action.status()).as(action.toString()).isEqualTo(201);
        String path = "/api/v1/actions/" + action.json().get("id").asString() + "/progress";
        String progress = "{\"status\":\"IN_PROGRESS\",\"note\":\"Profiles drafted\"}";

        ApiClient.Response own = platform.gatewayAs("northamptonshire-police")
            .send("POST", path, "application/json", progress, "If-Match", "\"0\"");
        ApiClient.Response another = platform.gatewayAs("northamptonshire-fire-and-rescue")
            .send("POST", path, "application/json", progress, "If-Match", "\"1\"");

        assertThat(own.status()).as(own.toString()).isEqualTo(200);
        assertThat(another.status()).as(another.toString()).isEqualTo(403);
        assertThat(another.isProblem()).isTrue();
        assertThat(another.json().get("detail").asString()).contains("is owned by 'northamptonshire-police'");
    }

    @Test
    void thePublishedAgreementIsOpenDataAsCsvWithoutAToken() throws IOException {
        new Registry(platform).priorityBaselineLoaded();

        ApiClient.Response csv = platform.gateway()
            .send("GET", "/api/v1/open/agreements/county-strategy-group-2015-16", null, null, "Accept", "text/csv");

        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get()
            .parse(new StringReader(csv.body()))
            .getRecords();
        assertThat(rows).extracting(row -> row.get("priority_title"))
            .contains("Violence, including interpersonal violence", "Prevent");
        assertThat(rows).filteredOn(row -> row.get("target_id").equals("violent-crime-reduction-40-percent"))
            .singleElement()
            .satisfies(row -> assertThat(row.get("target")).isEqualTo("60.0"));
    }

}
