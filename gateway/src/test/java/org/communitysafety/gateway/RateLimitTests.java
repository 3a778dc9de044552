package org.communitysafety.gateway;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Limits small enough to reach in a test: a burst of two requests, then one a second. */
@TestPropertySource(properties = { "platform.rate-limit.replenish-rate=1", "platform.rate-limit.burst-capacity=2" })
class RateLimitTests extends GatewayTestSupport {

    @LocalServerPort
    int port;

    @Test
    void refusesAClientOverItsLimitWithA429ProblemAndRetryAfter() {
        Refusal refusal = callUntilRefused(client, "/api/v1/priorities");
        EntityExchangeResult<byte[]> refused = refusal.response();

        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseHeaders().getCacheControl()).contains("no-store");
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"))).isBetween(1L, 2L);
        assertThat(new String(refused.getResponseBodyContent())).contains("\"status\":429",
                "\"title\":\"Too Many Requests\"", "\"detail\":\"Too many requests from this client; try again in ",
                "\"instance\":\"/api/v1/priorities\"");
        assertThat(refusal.allowedBefore()).isGreaterThanOrEqualTo(2);
        assertThat(priorityService.received()).hasSize(refusal.allowedBefore());
    }

    @Test
    void limitsTwoClientsCallingFromTheSameAddressSeparately() {
        callUntilRefused(client, "/api/v1/committees");

        bearing(tokens.forOrganisation("kettering-borough-council", "AGENCY")).get()
            .uri("/api/v1/committees")
            .exchange()
            .expectStatus()
            .isOk();
    }

    @Test
    void keepsLimitingAClientThatMovesToAnotherAddress() {
        String token = tokens.forOrganisation("daventry-district-council", "AGENCY");
        callUntilRefused(bearing(token), "/api/v1/meetings");

        from("127.0.0.2").mutate()
            .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
            .build()
            .get()
            .uri("/api/v1/meetings")
            .exchange()
            .expectStatus()
            .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void limitsAnonymousCallersByAddressWithoutHoldingBackAClientAtThatAddress() {
        callUntilRefused(anonymous, "/api/v1/open/meetings");

        from("127.0.0.2").get().uri("/api/v1/open/meetings").exchange().expectStatus().isOk();
        client.get().uri("/api/v1/open/meetings").exchange().expectStatus().isOk();
    }

    /*
     * With a burst of two and one more a second, five calls made in under three seconds
     * cannot all be allowed; making them until the first refusal keeps the test
     * independent of how fast this machine is.
     */
    @Test
    void countsEachRefusalByRouteForOperatorsToAlertOn() {
        callUntilRefused(client, "/api/v1/reviews");

        anonymous.get()
            .uri("/actuator/prometheus")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .value((metrics) -> assertThat(metrics)
                .containsPattern("platform_gateway_rate_limit_refusals_total\\{route=\"scrutiny-service\"\\} [1-9]"));
    }

    @Test
    void refusesAnAddressThatKeepsPresentingRefusedTokensWithA429ProblemAndRetryAfter() {
        WebTestClient attacker = withToken(from("127.0.0.3"), tokens.signedByAStranger(AGENCY, "AGENCY"));

        Refusal refusal = callUntilRefused(attacker, "/api/v1/priorities", HttpStatus.UNAUTHORIZED);
        EntityExchangeResult<byte[]> refused = refusal.response();

        assertThat(refusal.allowedBefore()).as("refused tokens told so until the address's bucket was empty")
            .isGreaterThanOrEqualTo(2);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseHeaders().getCacheControl()).contains("no-store");
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"))).isBetween(1L, 2L);
        assertThat(new String(refused.getResponseBodyContent())).contains("\"status\":429",
                "\"detail\":\"Too many refused tokens from this address; try again in ");
        assertThat(priorityService.received()).isEmpty();
    }

    @Test
    void holdsBackEveryTokenFromThatAddressUnheardWhileItsBucketRefills() {
        callUntilRefused(withToken(from("127.0.0.4"), "not.a.token"), "/api/v1/committees", HttpStatus.UNAUTHORIZED);

        // Not even checked: checking a made-up token may cost a fetch of the issuer's
        // keys.
        withToken(from("127.0.0.4"), tokens.forOrganisation(AGENCY, "AGENCY")).get()
            .uri("/api/v1/committees")
            .exchange()
            .expectStatus()
            .isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(scrutinyService.received()).isEmpty();
    }

    @Test
    void holdsBackNobodyElseForAnotherAddressesRefusedTokens() {
        callUntilRefused(withToken(from("127.0.0.5"), "not.a.token"), "/api/v1/reviews", HttpStatus.UNAUTHORIZED);

        bearing("not.a.token").get().uri("/api/v1/reviews").exchange().expectStatus().isUnauthorized();
        client.get().uri("/api/v1/reviews").exchange().expectStatus().isOk();
        from("127.0.0.5").get().uri("/api/v1/open/meetings").exchange().expectStatus().isOk();
    }

    @Test
    void countsRefusedTokenFloodsForOperatorsToAlertOn() {
        callUntilRefused(withToken(from("127.0.0.6"), "not.a.token"), "/api/v1/meetings", HttpStatus.UNAUTHORIZED);

        anonymous.get()
            .uri("/actuator/prometheus")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody(String.class)
            .value((metrics) -> assertThat(metrics)
                .containsPattern("platform_gateway_rate_limit_refusals_total\\{route=\"refused-tokens\"\\} [1-9]"));
    }

    private static Refusal callUntilRefused(WebTestClient caller, String path) {
        return callUntilRefused(caller, path, HttpStatus.OK);
    }

    private static WebTestClient withToken(WebTestClient caller, String token) {
        return caller.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    private static Refusal callUntilRefused(WebTestClient caller, String path, HttpStatus untilThen) {
        for (int call = 0; call < 5; call++) {
            EntityExchangeResult<byte[]> result = caller.get().uri(path).exchange().expectBody().returnResult();
            if (result.getStatus() == HttpStatus.TOO_MANY_REQUESTS) {
                return new Refusal(call, result);
            }
            assertThat(result.getStatus()).isEqualTo(untilThen);
        }
        throw new AssertionError("five calls in a row were all allowed");
    }

    private record Refusal(int allowedBefore, EntityExchangeResult<byte[]> response) {
    }

    /** An anonymous caller at another address on this machine. */
    private WebTestClient from(String address) {
        HttpClient httpClient = HttpClient.create().bindAddress(() -> new InetSocketAddress(address, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(httpClient))
            .baseUrl("http://127.0.0.1:" + port)
            .build();
    }

}
