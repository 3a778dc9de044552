package org.communitysafety.partnership.organisation;

import java.util.List;
import java.util.Map;

import org.communitysafety.testkit.ApiClient;
import org.communitysafety.partnership.Fixtures;
import org.communitysafety.partnership.PartnershipServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PartnershipServiceTest
class OrganisationSearchTests {

    @Autowired
    Fixtures fixtures;

    private ApiClient administrator;

    @BeforeEach
    void setUp() {
        administrator = fixtures.administrator();
    }

    @Test
    void findsOrganisationsByTypeAreaResponsibleAuthorityAndAWordOfTheirName() {
        String word = "Qz" + Fixtures.unique("w").substring(2);
        register("police", word + " Constabulary", "POLICE", true, "E10000021");
        register("ccg", "North " + word + " Health", "HEALTH", true, "E07000154");
        register("charity", word + "ian Trust", "VOLUNTARY", false, "E07000154");

        assertThat(names("name=" + word)).hasSize(3);
        assertThat(names("name=" + word.toLowerCase() + "&type=HEALTH")).containsExactly("North " + word + " Health");
        assertThat(names("name=" + word + "&area=E07000154&responsibleAuthority=false"))
            .containsExactly(word + "ian Trust");
        assertThat(names("name=" + word + "%20Constabulary")).containsExactly(word + " Constabulary");
        assertThat(names("name=" + word.substring(1))).isEmpty();
    }

    @Test
    void treatsSearchTextAsLiteralTextNeverAsAPatternOrAnOperator() {
        String word = "Rx" + Fixtures.unique("w").substring(2);
        register("dotted", word + ".(Test) [a]+", "OTHER", false, "E10000021");

        assertThat(names("name=" + word + ".%28Test%29%20%5Ba%5D%2B")).hasSize(1);
        assertThat(names("name=" + word + ".*")).isEmpty();
        assertThat(names("name=.*")).isEmpty();
        assertThat(names("name=%7B%22%24ne%22%3Anull%7D")).isEmpty();
        assertThat(names("name=%5E")).isEmpty();
    }

    @Test
    void refusesAnAreaThatIsNotOneOfTheCountysThoughItLooksLikeOne() {
        ApiClient.Response refused = administrator.post("/api/v1/organisations",
                Fixtures.with(Fixtures.organisation(Fixtures.unique("org")), "areas", List.of("E07000999")));
        ApiClient.Response filtered = administrator.get("/api/v1/organisations?area=E07000999");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("areas[0]");
        assertThat(refused.json().get("errors").findValuesAsString("message").get(0)).contains("of the county");
        assertThat(filtered.status()).isEqualTo(400);
        assertThat(filtered.isProblem()).isTrue();
    }

    private void register(String prefix, String name, String type, boolean responsibleAuthority, String area) {
        ApiClient.Response registered = administrator.post("/api/v1/organisations",
                Map.of("code", Fixtures.unique(prefix), "name", name, "type", type, "responsibleAuthority",
                        responsibleAuthority, "areas", List.of(area)));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
    }

    private List<String> names(String query) {
        ApiClient.Response found = administrator.get("/api/v1/organisations?" + query);
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        return found.json().get("items").findValuesAsString("name");
    }

}
