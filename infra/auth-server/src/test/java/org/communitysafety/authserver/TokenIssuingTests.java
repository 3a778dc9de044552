package org.communitysafety.authserver;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.communitysafety.authserver.client.ClientProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * The server as the local platform runs it: a real HTTP port, with the issuer set to that
 * port so that a resource server configured by issuer alone can be checked against it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class TokenIssuingTests {

    private static final int PORT = TestSocketUtils.findAvailableTcpPort();

    private static final String ISSUER = "http://127.0.0.1:" + PORT;

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void serveOnAKnownPort(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.authorizationserver.issuer", () -> ISSUER);
        registry.add("platform.signing-key.data-dir", () -> dataDir.toString());
    }

    @Autowired
    ClientProperties clients;

    private final TokenRequests server = new TokenRequests(ISSUER);

    private JwtDecoder jwksVerifier;

    @BeforeEach
    void verifySignaturesAgainstThePublishedKeySet() {
        jwksVerifier = NimbusJwtDecoder.withJwkSetUri(ISSUER + "/oauth2/jwks").build();
    }

    /**
     * The baseline as the Community Safety Agreement gives it, written out independently
     * of application.yml.
     */
    static Stream<Arguments> baselineClients() {
        // District and borough councils support their CSPs (§6.5), so they manage the
        // groups their council runs.
        Stream<Arguments> councils = Stream
            .of("corby-borough-council", "daventry-district-council", "east-northamptonshire-council",
                    "kettering-borough-council", "northampton-borough-council", "south-northamptonshire-council",
                    "wellingborough-borough-council")
            .map(code -> arguments(code, code, List.of("GROUP_MANAGER", "AGENCY")));
        Stream<Arguments> agencies = Stream
            .of("northamptonshire-county-council", "northamptonshire-police", "northamptonshire-fire-and-rescue",
                    "national-probation-service", "northamptonshire-youth-offending-service",
                    "nene-clinical-commissioning-group", "office-of-the-police-and-crime-commissioner",
                    "office-of-faith-based-and-community-initiatives")
            .map(code -> arguments(code, code, List.of("AGENCY")));
        Stream<Arguments> county = Stream.of(
                arguments("county-community-safety-team", "northamptonshire-county-council",
                        List.of("GROUP_MANAGER", "AGENCY")),
                arguments("scrutiny-officer", "northamptonshire-county-council", List.of("SCRUTINY_OFFICER")),
                arguments("platform-administrator", "northamptonshire-county-council", List.of("ADMINISTRATOR")));
        return Stream.of(councils, agencies, county).flatMap(clients -> clients);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("baselineClients")
    void issuesEachClientASignedTokenNamingItsOrganisationAndRoles(String clientId, String organisation,
            List<String> roles) {
        ResponseEntity<Map<String, Object>> response = server.clientCredentials(clientId, clientId + "-dev-secret");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("token_type", "Bearer").containsEntry("scope", "platform");
        Jwt token = jwksVerifier.decode((String) response.getBody().get("access_token"));
        assertThat(token.getClaimAsString("organisation")).isEqualTo(organisation);
        assertThat(token.getClaimAsStringList("roles")).containsExactlyElementsOf(roles);
        assertThat(token.getClaimAsString("client_id")).isEqualTo(clientId);
        assertThat(token.getSubject()).isEqualTo(clientId);
        assertThat(token.getIssuer()).hasToString(ISSUER);
        assertThat(token.getClaimAsStringList("scope")).containsExactly("platform");
        assertThat(Duration.between(token.getIssuedAt(), token.getExpiresAt())).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void registersExactlyTheBaselineClients() {
        assertThat(clients.clients().keySet()).containsExactlyInAnyOrderElementsOf(
                baselineClients().map(arguments -> (String) arguments.get()[0]).toList());
    }

    @Test
    void issuesTokensThatAResourceServerConfiguredByIssuerAloneAccepts() {
        JwtDecoder resourceServer = JwtDecoders.fromIssuerLocation(ISSUER);

        Jwt token = resourceServer
            .decode(server.accessToken("northamptonshire-police", "northamptonshire-police-dev-secret"));

        assertThat(token.getClaimAsString("organisation")).isEqualTo("northamptonshire-police");
    }

    @Test
    void publishesMetadataNamingTheIssuerTheTokenEndpointAndTheKeySet() {
        ResponseEntity<Map<String, Object>> metadata = server.get("/.well-known/oauth-authorization-server");

        assertThat(metadata.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(metadata.getBody()).containsEntry("issuer", ISSUER)
            .containsEntry("token_endpoint", ISSUER + "/oauth2/token")
            .containsEntry("jwks_uri", ISSUER + "/oauth2/jwks");
    }

    @Test
    void refusesAWrongSecret() {
        ResponseEntity<Map<String, Object>> response = server.clientCredentials("northamptonshire-police",
                "corby-borough-council-dev-secret");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getBody()).containsEntry("error", "invalid_client").doesNotContainKey("access_token");
    }

    @Test
    void refusesAnUnknownClient() {
        ResponseEntity<Map<String, Object>> response = server.clientCredentials("leicestershire-police",
                "leicestershire-police-dev-secret");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getBody()).containsEntry("error", "invalid_client").doesNotContainKey("access_token");
    }

    @Test
    void refusesAScopeTheClientIsNotRegisteredFor() {
        ResponseEntity<Map<String, Object>> response = server.clientCredentials("northamptonshire-police",
                "northamptonshire-police-dev-secret", "platform", "admin");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getBody()).containsEntry("error", "invalid_scope").doesNotContainKey("access_token");
    }

    @Test
    void reportsHealthWithoutCredentials() {
        ResponseEntity<Map<String, Object>> health = server.get("/actuator/health");
        ResponseEntity<Map<String, Object>> readiness = server.get("/actuator/health/readiness");

        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP");
        assertThat(readiness.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void closesTheAuthorizationEndpointSinceNoOneSignsInHere() {
        ResponseEntity<Map<String, Object>> response = server
            .get("/oauth2/authorize?response_type=code&client_id=northamptonshire-police");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void closesEverythingElseWithProblemDetails() {
        ResponseEntity<Map<String, Object>> response = server.get("/actuator/env");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(response.getBody()).containsEntry("status", 401).containsEntry("instance", "/actuator/env");
    }

}
