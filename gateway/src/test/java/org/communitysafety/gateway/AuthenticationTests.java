package org.communitysafety.gateway;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.BodyContentSpec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

class AuthenticationTests extends GatewayTestSupport {

    private static final String UNAUTHENTICATED = "https://communitysafety.example/problems/unauthenticated";

    @Test
    void refusesACallWithoutATokenWithA401ProblemAskingForABearerToken() {
        anonymous.get()
            .uri("/api/v1/actions/5")
            .exchange()
            .expectStatus()
            .isUnauthorized()
            .expectHeader()
            .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
            .expectHeader()
            .valueMatches(HttpHeaders.CACHE_CONTROL, ".*no-store.*")
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type")
            .isEqualTo(UNAUTHENTICATED)
            .jsonPath("$.title")
            .isEqualTo("Unauthenticated")
            .jsonPath("$.status")
            .isEqualTo(401)
            .jsonPath("$.detail")
            .isEqualTo("A bearer token from the platform's issuer is required")
            .jsonPath("$.instance")
            .isEqualTo("/api/v1/actions/5");

        assertThat(priorityService.received()).isEmpty();
    }

    @Test
    void refusesAnExpiredTokenSayingSo() {
        assertRefusedAsInvalid(bearing(tokens.expiredFor(AGENCY, "AGENCY"))).jsonPath("$.detail")
            .value(detail -> assertThat((String) detail).contains("expired"));
    }

    @Test
    void refusesATokenSignedByAKeyTheIssuerDoesNotPublish() {
        assertRefusedAsInvalid(bearing(tokens.signedByAStranger(AGENCY, "ADMINISTRATOR")));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "not-a-jwt", "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl", "!!!" })
    void refusesAMalformedToken(String token) {
        assertRefusedAsInvalid(bearing(token));
    }

    @Test
    void refusesAValidTokenThatHasBeenTamperedWith() {
        String[] parts = tokens.forOrganisation(AGENCY, "AGENCY").split("\\.");
        String moreRoles = Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString("{\"sub\":\"x\",\"roles\":[\"ADMINISTRATOR\"]}".getBytes(StandardCharsets.UTF_8));

        assertRefusedAsInvalid(bearing(parts[0] + "." + moreRoles + "." + parts[2]));
    }

    @Test
    void treatsCredentialsOfAnotherSchemeAsNoToken() {
        anonymous.get()
            .uri("/api/v1/actions/5")
            .header(HttpHeaders.AUTHORIZATION, "Basic bm9ydGhhbXB0b25zaGlyZS1wb2xpY2U6c2VjcmV0")
            .exchange()
            .expectStatus()
            .isUnauthorized()
            .expectHeader()
            .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer");

        assertThat(priorityService.received()).isEmpty();
    }

    @Test
    void passesAValidTokenOnToTheServiceUntouched() {
        String token = tokens.forOrganisation(AGENCY, "AGENCY");

        bearing(token).get().uri("/api/v1/actions/5").exchange().expectStatus().isOk();

        assertThat(priorityService.lastRequest().header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer " + token);
    }

    @Test
    void refusesAPathNoRouteServesWithoutSayingWhetherItExists() {
        anonymous.get().uri("/api/v2/organisations").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void setsSecurityHeadersOnARefusal() {
        anonymous.get()
            .uri("/api/v1/actions/5")
            .exchange()
            .expectStatus()
            .isUnauthorized()
            .expectHeader()
            .valueEquals("X-Content-Type-Options", "nosniff")
            .expectHeader()
            .exists("Content-Security-Policy")
            .expectHeader()
            .exists("X-Request-Id");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/actuator/health", "/actuator/health/readiness", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs/swagger-config", "/v3/api-docs/priority-service" })
    void servesWhatIsPublicWithoutAToken(String path) {
        anonymous.get().uri(path).exchange().expectStatus().isOk();
    }

    @Test
    void servesTheApiBrowserWithoutAToken() {
        String page = anonymous.get()
            .uri("/swagger-ui.html")
            .exchange()
            .expectStatus()
            .is3xxRedirection()
            .returnResult(Void.class)
            .getResponseHeaders()
            .getLocation()
            .getPath();

        anonymous.get()
            .uri(page)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.TEXT_HTML);
    }

    private BodyContentSpec assertRefusedAsInvalid(WebTestClient caller) {
        BodyContentSpec body = caller.get()
            .uri("/api/v1/actions/5")
            .exchange()
            .expectStatus()
            .isUnauthorized()
            .expectHeader()
            .valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type")
            .isEqualTo(UNAUTHENTICATED)
            .jsonPath("$.status")
            .isEqualTo(401)
            .jsonPath("$.detail")
            .value(startsWith("The bearer token was refused: "));

        assertThat(priorityService.received()).isEmpty();
        return body;
    }

}
