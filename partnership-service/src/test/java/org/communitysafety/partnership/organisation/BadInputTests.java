package org.communitysafety.partnership.organisation;

import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.TestTokens;
import org.communitysafety.partnership.PartnershipServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@PartnershipServiceTest
class BadInputTests {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationRepository organisations;

    private ApiClient administrator;

    @BeforeEach
    void setUp() {
        administrator = ApiClient.at("http://127.0.0.1:" + port)
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-county-council", "ADMINISTRATOR"));
    }

    @Test
    void refusesMalformedJson() {
        assertRefusedAndNothingStored(post("{\"code\": \"broken\", "), 400, "not valid JSON");
    }

    @Test
    void refusesAFieldOfTheWrongTypeNamingIt() {
        assertRefusedAndNothingStored(post("{\"code\":\"wrong-type\",\"name\":\"N\",\"type\":\"POLICE\","
                + "\"responsibleAuthority\":\"perhaps\",\"areas\":[]}"), 400, "responsibleAuthority");
    }

    @Test
    void refusesMissingAndOverLongFieldsNamingEach() {
        ApiClient.Response response = post(
                "{\"code\":\"" + "a".repeat(81) + "\",\"type\":\"POLICE\",\"responsibleAuthority\":true,\"areas\":[]}");

        assertRefusedAndNothingStored(response, 400, "invalid field");
        assertThat(response.json().get("errors").findValuesAsString("field")).contains("code", "name");
    }

    @Test
    void treatsAMongoOperatorInAFieldAsBadDataNotAQuery() {
        assertRefusedAndNothingStored(post(
                "{\"code\":{\"$gt\":\"\"},\"name\":\"N\",\"type\":\"POLICE\",\"responsibleAuthority\":true,\"areas\":[]}"),
                400, "code");
        assertRefusedAndNothingStored(post(
                "{\"code\":\"$where\",\"name\":\"N\",\"type\":\"POLICE\",\"responsibleAuthority\":true,\"areas\":[]}"),
                400, "invalid field");
    }

    @Test
    void refusesAnUnknownEnumValueAndAnInvalidGssCode() {
        assertRefusedAndNothingStored(post(
                "{\"code\":\"bad-type\",\"name\":\"N\",\"type\":\"MILITIA\",\"responsibleAuthority\":true,\"areas\":[]}"),
                400, "type");
        assertRefusedAndNothingStored(post(
                "{\"code\":\"bad-area\",\"name\":\"N\",\"type\":\"POLICE\",\"responsibleAuthority\":true,\"areas\":[\"X1\"]}"),
                400, "invalid field");
    }

    @Test
    void refusesABodyOverTheSizeLimit() {
        String huge = "{\"code\":\"huge\",\"name\":\"" + "x".repeat(300_000)
                + "\",\"type\":\"POLICE\",\"responsibleAuthority\":true,\"areas\":[]}";
        assertRefusedAndNothingStored(post(huge), 413, "larger than the limit");
    }

    @Test
    void answersAnUnknownRouteAWrongMethodAndAWrongMediaTypeWithProblems() {
        assertRefusedAndNothingStored(administrator.get("/api/v1/no-such-thing"), 404, "");
        assertRefusedAndNothingStored(administrator.send("PATCH", "/api/v1/organisations", "application/json", "{}"),
                405, "");
        assertRefusedAndNothingStored(administrator.send("POST", "/api/v1/organisations", "text/plain", "code=x"), 415,
                "");
    }

    private ApiClient.Response post(String body) {
        return administrator.send("POST", "/api/v1/organisations", "application/json", body);
    }

    private void assertRefusedAndNothingStored(ApiClient.Response response, int status, String detail) {
        long before = organisations.count();
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("detail").asString()).contains(detail);
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(organisations.count()).isEqualTo(before);
    }

}
