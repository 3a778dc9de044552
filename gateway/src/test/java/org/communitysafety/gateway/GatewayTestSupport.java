package org.communitysafety.gateway;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import org.communitysafety.testkit.TestTokens;

/**
 * The gateway, started on a random port in front of four real HTTP servers standing in
 * for the services, checking tokens from a real test issuer. Tests call as an agency
 * ({@link #client}), without a token ({@link #anonymous}) or with a token of their own
 * ({@link #bearing(String)}). The servers, the issuer and the Spring context are shared
 * by every test class that extends this (and sets no properties of its own); after each
 * test the servers are running again with nothing recorded and every breaker is closed,
 * so tests do not see each other's outages.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("test")
abstract class GatewayTestSupport {

    static final RecordingBackend partnershipService = RecordingBackend.start("partnership-service");
    static final RecordingBackend priorityService = RecordingBackend.start("priority-service");
    static final RecordingBackend scrutinyService = RecordingBackend.start("scrutiny-service");
    static final RecordingBackend notificationService = RecordingBackend.start("notification-service");

    private static final Map<String, RecordingBackend> backends = List
        .of(partnershipService, priorityService, scrutinyService, notificationService)
        .stream()
        .collect(Collectors.toMap(RecordingBackend::service, Function.identity()));

    /**
     * A real issuer: the gateway fetches its keys over HTTP, as it fetches the platform
     * issuer's.
     */
    static final TestTokens tokens = TestTokens.shared();

    /**
     * The organisation the tests' usual caller acts for, as one of the baseline agencies.
     */
    static final String AGENCY = "northamptonshire-police";

    @Autowired
    WebTestClient anonymous;

    @Autowired
    CircuitBreakerRegistry breakers;

    /** The usual caller: an agency's client with a valid token. */
    WebTestClient client;

    @DynamicPropertySource
    static void serviceUrlsAndIssuer(DynamicPropertyRegistry registry) {
        registry.add("PARTNERSHIP_SERVICE_URL", partnershipService::baseUrl);
        registry.add("PRIORITY_SERVICE_URL", priorityService::baseUrl);
        registry.add("SCRUTINY_SERVICE_URL", scrutinyService::baseUrl);
        registry.add("NOTIFICATION_SERVICE_URL", notificationService::baseUrl);
        registry.add("AUTH_JWK_SET_URI", tokens::jwkSetUri);
        registry.add("AUTH_ISSUER", tokens::issuer);
    }

    @BeforeEach
    void signInAsAnAgency() {
        client = bearing(tokens.forOrganisation(AGENCY, "AGENCY"));
    }

    /** A caller presenting this token (or anything else) as its bearer token. */
    WebTestClient bearing(String token) {
        return anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    static RecordingBackend backend(String service) {
        return backends.get(service);
    }

    @AfterEach
    void bringEveryServiceBackAndCloseEveryBreaker() {
        backends.values().forEach(RecordingBackend::reset);
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

}
