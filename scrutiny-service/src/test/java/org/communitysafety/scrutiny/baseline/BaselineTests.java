package org.communitysafety.scrutiny.baseline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.communitysafety.scrutiny.Fixtures;
import org.communitysafety.scrutiny.ScrutinyServiceTest;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.EventContracts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bodies of the source (§7) loaded once, whoever loads them how often: a crime and
 * disorder committee for each local authority and the Police and Crime Panel hosted by
 * the county council with a seat for each.
 */
@ScrutinyServiceTest
class BaselineTests {

    private static final String PANEL = "northamptonshire-police-and-crime-panel";

    @Autowired
    Fixtures fixtures;

    @Test
    void loadsACommitteeForEachLocalAuthorityAndThePanelOnceHowOftenItIsLoaded() throws IOException {
        ApiClient.Response first = fixtures.administrator().post("/api/v1/committees/baseline", "");
        ApiClient.Response second = fixtures.administrator().post("/api/v1/committees/baseline", "");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("created").asInt() + first.json().get("alreadyPresent").asInt()).isEqualTo(9);
        assertThat(second.json().get("created").asInt()).isZero();
        assertThat(second.json().get("alreadyPresent").asInt()).isEqualTo(9);
        Set<String> localAuthorities = localAuthoritiesOfThePartnershipBaseline();
        assertThat(localAuthorities).hasSize(8);
        JsonNode panel = fixtures.anonymous().get("/api/v1/open/committees/" + PANEL).json();
        assertThat(panel.get("kind").asString()).isEqualTo("POLICE_AND_CRIME_PANEL");
        assertThat(panel.get("hostOrganisation").asString()).isEqualTo("northamptonshire-county-council");
        assertThat(strings(panel.get("seats"))).containsExactlyInAnyOrderElementsOf(localAuthorities);
        List<String> hosts = new ArrayList<>();
        for (JsonNode body : fixtures.anonymous().get("/api/v1/open/committees").json()) {
            if (body.get("kind").asString().equals("CRIME_AND_DISORDER_COMMITTEE")
                    && body.get("id").asString().endsWith("-crime-and-disorder-committee")
                    && localAuthorities.contains(body.get("hostOrganisation").asString())) {
                hosts.add(body.get("hostOrganisation").asString());
                assertThat(strings(body.get("seats"))).containsExactly(body.get("hostOrganisation").asString());
            }
        }
        assertThat(hosts).containsExactlyInAnyOrderElementsOf(localAuthorities);
    }

    @Test
    void letsOnlyAdministratorsLoadIt() {
        assertThat(
                fixtures.officerOf("northamptonshire-county-council").post("/api/v1/committees/baseline", "").status())
            .isEqualTo(403);
    }

    /**
     * The county and district councils as the partnership service's baseline registers
     * them.
     */
    private static Set<String> localAuthoritiesOfThePartnershipBaseline() throws IOException {
        JsonNode baseline = EventContracts.json(java.nio.file.Files
            .readString(Path.of("../partnership-service/src/main/resources/baseline/county-baseline.json")));
        Set<String> councils = new TreeSet<>();
        for (JsonNode organisation : baseline.get("organisations")) {
            String type = organisation.get("type").asString();
            if (type.equals("DISTRICT_OR_BOROUGH_COUNCIL") || type.equals("COUNTY_COUNCIL")) {
                councils.add(organisation.get("code").asString());
            }
        }
        return councils;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

}
