package org.communitysafety.servicedefaults.web;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.communitysafety.servicedefaults.sample.Ledger;
import org.communitysafety.servicedefaults.sample.SampleApplication;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.TestTokens;
import org.communitysafety.testkit.WithPlatformInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithPlatformInfrastructure
class InputRefusalTests {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private ApiClient caller;

    @BeforeEach
    void setUp() {
        caller = ApiClient.at("http://127.0.0.1:" + port)
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-police", "AGENCY"));
    }

    @Test
    void readsAWellFormedBody() {
        ApiClient.Response read = note("{\"text\":\"two\\nlines\\tand tab\",\"due\":\"2016-03-31\",\"priority\":2,"
                + "\"urgent\":true,\"tags\":[\"a\"]}");

        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("text").asString()).isEqualTo("two\nlines\tand tab");
    }

    @Test
    void refusesUnknownAndServiceSetFieldsNamingThem() {
        assertRefused(note("{\"text\":\"t\",\"colour\":\"red\"}"), "Field 'colour' is not part of this request");
        assertRefused(note("{\"text\":\"t\",\"version\":7}"), "Field 'version' is not part of this request");
        assertRefused(note("{\"text\":\"t\",\"id\":\"mine\"}"), "Field 'id' is not part of this request");
    }

    @Test
    void refusesValuesOfTheWrongTypeInsteadOfCoercingThem() {
        assertRefused(note("{\"text\":12}"), "Field 'text'");
        assertRefused(note("{\"text\":true}"), "Field 'text'");
        assertRefused(note("{\"text\":{\"$ne\":null}}"), "Field 'text'");
        assertRefused(note("{\"priority\":\"2\"}"), "Field 'priority'");
        assertRefused(note("{\"priority\":2.5}"), "Field 'priority'");
        assertRefused(note("{\"urgent\":\"true\"}"), "Field 'urgent'");
        assertRefused(note("{\"tags\":[1]}"), "Field 'tags[0]'");
    }

    @Test
    void refusesHugeNumbersDuplicateKeysAndTrailingText() {
        assertRefused(note("{\"priority\":99999999999999999999}"), "Field 'priority'");
        assertRefused(note("{\"text\":\"a\",\"text\":\"b\"}"), "not valid JSON");
        assertRefused(note("{\"text\":\"a\"} {}"), "not valid JSON");
    }

    @Test
    void refusesControlCharactersAndLoneSurrogatesNamingTheField() {
        assertRefused(note("{\"text\":\"nul\\u0000here\"}"), "Field 'text' contains a control character");
        assertRefused(note("{\"text\":\"bell\\u0007\"}"), "Field 'text' contains a control character");
        assertRefused(note("{\"text\":\"c1\\u0085\"}"), "Field 'text' contains a control character");
        assertRefused(note("{\"tags\":[\"ok\",\"lone\\ud800\"]}"),
                "Field 'tags[1]' contains a control character or" + " invalid Unicode");
        assertRefused(note("{\"text\":\"\\udc00 low first\"}"), "invalid Unicode");
        assertThat(note("{\"text\":\"a pair \\ud83d\\ude00 is fine\"}").status()).isEqualTo(200);
    }

    @Test
    void refusesImplausibleDatesInABodyAndAQuery() {
        assertRefused(note("{\"due\":\"+999999999-12-31\"}"), "Field 'due' must be a date between 1900-01-01");
        assertRefused(note("{\"due\":\"1899-12-31\"}"), "Field 'due' must be a date between");
        assertRefused(note("{\"due\":\"2016-02-30\"}"), "Field 'due'");
        assertRefused(note("{\"due\":20160101}"), "Field 'due'");
        assertRefused(caller.get("/api/v1/notes?asAt=%2B10000-01-01"), "Parameter 'asAt'");
        assertRefused(caller.get("/api/v1/notes?asAt=-5000-01-01"), "Parameter 'asAt'");
        assertRefused(caller.get("/api/v1/notes?asAt=2015-06-01%00"), "Parameter 'asAt' contains a control character");
        assertThat(caller.get("/api/v1/notes?asAt=2015-06-01").body()).isEqualTo("\"2015-06-01\"");
        assertThat(caller.get("/api/v1/notes?asAt=9999-12-31").body()).isEqualTo("\"9999-12-31\"");
    }

    @Test
    void readsTimesOnlyAsIsoStringsOnAPlausibleDay() {
        assertRefused(note("{\"at\":1774893600}"), "Field 'at' must be an ISO date and time");
        assertRefused(note("{\"at\":\"+999999999-12-31T00:00:00Z\"}"), "Field 'at'");
        assertRefused(note("{\"at\":\"1899-12-31T23:59:59Z\"}"), "Field 'at' must be a time between 1900-01-01");
        assertRefused(note("{\"at\":\"2026-03-30T25:00:00Z\"}"), "Field 'at'");
        ApiClient.Response read = note("{\"at\":\"2026-03-30T18:00:00+01:00\"}");
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().get("at").asString()).isEqualTo("2026-03-30T17:00:00Z");
    }

    @Test
    void answersAPagePastTheEndEmptyWithTheTrueTotals() {
        caller.post("/api/v1/ledgers", Map.of("note", "one"));
        long total = mongo.count(new Query(), Ledger.class);

        ApiClient.Response far = caller.get("/api/v1/ledgers?page=" + QueryParameters.MAX_PAGE + "&size=200");

        assertThat(far.status()).as(far.toString()).isEqualTo(200);
        assertThat(far.json().get("items").size()).isZero();
        assertThat(far.json().get("page").asInt()).isEqualTo(QueryParameters.MAX_PAGE);
        assertThat(far.json().get("totalItems").asLong()).isEqualTo(total);
        assertThat(far.json().get("totalPages").asLong()).isEqualTo((total + 199) / 200);
    }

    @Test
    void refusesPageNumbersAndSizesOutOfRangeNamingTheParameter() {
        for (String query : List.of("page=-1", "page=2147483648", "page=99999999999", "page=one",
                "page=" + (QueryParameters.MAX_PAGE + 1))) {
            assertRefused(caller.get("/api/v1/ledgers?" + query), "Parameter 'page'");
        }
        for (String query : List.of("size=0", "size=-5", "size=201", "size=1000000", "size=x")) {
            assertRefused(caller.get("/api/v1/ledgers?" + query), "Parameter 'size'");
        }
    }

    @Test
    void answersAnUnknownPathAsAMissingEndpoint() {
        ApiClient.Response missing = caller.get("/api/v1/no-such-thing");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.isProblem()).isTrue();
        assertThat(missing.json().get("detail").asString())
            .isEqualTo("There is no GET /api/v1/no-such-thing in this API")
            .doesNotContain("static resource");
    }

    @Test
    void answersRequestsTheServletContainerRefusesAsProblems() throws IOException {
        for (String path : List.of("/api/v1/notes?asAt=%zz", "/api/v1/notes%00", "/api/v1/%2e%2e/%2e%2e/etc",
                "/api/v1/notes?a=%")) {
            String answer = rawGet(path);
            assertThat(answer).as(path).startsWith("HTTP/1.1 400");
            assertThat(answer).as(path).containsIgnoringCase("Content-Type: application/problem+json");
            assertThat(answer).as(path).contains("\"status\":400").doesNotContain("<html");
        }
    }

    /** Sends a request line no HTTP client would build, as an attacker's tool does. */
    private String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream()
                .write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\nAuthorization: Bearer "
                        + TestTokens.shared().forOrganisation("northamptonshire-police", "AGENCY") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private ApiClient.Response note(String json) {
        return caller.send("POST", "/api/v1/notes", "application/json", json);
    }

    private static void assertRefused(ApiClient.Response response, String detail) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.isProblem()).as(response.toString()).isTrue();
        assertThat(response.json().get("detail").asString()).as(response.toString()).contains(detail);
    }

}
