package org.communitysafety.scrutiny.body;

import java.util.List;
import java.util.Map;

import org.communitysafety.scrutiny.Fixtures;
import org.communitysafety.scrutiny.ScrutinyServiceTest;
import org.communitysafety.testkit.ApiClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.scrutiny.Fixtures.send;

@ScrutinyServiceTest
class BadBodyInputTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void answersBadInputWithAProblemAndStoresNothing() {
        String code = Fixtures.unique("cdc");
        ApiClient administrator = fixtures.administrator();

        ApiClient.Response badCode = administrator.post("/api/v1/committees", Map.of("code", "Not A Code", "name",
                "Committee", "kind", "CRIME_AND_DISORDER_COMMITTEE", "hostOrganisation", "corby-borough-council"));
        ApiClient.Response noKind = administrator.post("/api/v1/committees",
                Map.of("code", code, "name", "Committee", "hostOrganisation", "corby-borough-council"));
        ApiClient.Response badSeat = administrator.post("/api/v1/committees",
                Map.of("code", code, "name", "Panel", "kind", "POLICE_AND_CRIME_PANEL", "hostOrganisation",
                        "corby-borough-council", "seats", List.of("Corby!")));
        ApiClient.Response longName = administrator.post("/api/v1/committees", Map.of("code", code, "name",
                "x".repeat(201), "kind", "CRIME_AND_DISORDER_COMMITTEE", "hostOrganisation", "corby-borough-council"));
        ApiClient.Response unknownKind = send(administrator, "POST", "/api/v1/committees",
                "{\"code\":\"" + code + "\",\"name\":\"C\",\"kind\":\"SELECT_COMMITTEE\",\"hostOrganisation\":\"x\"}",
                null);

        for (ApiClient.Response response : List.of(badCode, noKind, badSeat, longName, unknownKind)) {
            assertThat(response.status()).as(response.toString()).isEqualTo(400);
            assertThat(response.isProblem()).isTrue();
        }
        assertThat(administrator.get("/api/v1/committees/" + code).status()).isEqualTo(404);
    }

}
