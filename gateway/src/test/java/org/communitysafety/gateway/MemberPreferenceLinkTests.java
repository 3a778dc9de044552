package org.communitysafety.gateway;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import org.communitysafety.gateway.RecordingBackend.ReceivedRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed preference links in members' emails work without a token (the signature is
 * the member's authority, checked by notification-service); every other notification path
 * still needs one.
 */
class MemberPreferenceLinkTests extends GatewayTestSupport {

    private static final String LINK = "/api/v1/open/preferences/membership-42/ALL";

    private static final String SIGNED = "?expires=1893456000&signature=c2lnbmVk";

    @Test
    void showsAMemberTheirChoiceFromASignedLinkWithoutAToken() {
        notificationService.replyNext(200, "text/html", "<form method=\"post\"></form>");

        anonymous.get()
            .uri(LINK + SIGNED)
            .exchange()
            .expectStatus()
            .isOk()
            .expectHeader()
            .valueEquals("Content-Security-Policy",
                    "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'; "
                            + "frame-ancestors 'none'");

        ReceivedRequest received = notificationService.lastRequest();
        assertThat(received.method()).isEqualTo("GET");
        assertThat(received.path()).isEqualTo(LINK);
        assertThat(received.header("Authorization")).isNull();
    }

    @Test
    void appliesTheChoiceAMemberPostsFromTheLinksPageWithoutAToken() {
        anonymous.post()
            .uri(LINK + SIGNED)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .bodyValue("choice=WEEKLY_DIGEST")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.service")
            .isEqualTo("notification-service");

        ReceivedRequest received = notificationService.lastRequest();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.path()).isEqualTo(LINK);
        assertThat(new String(received.body(), StandardCharsets.UTF_8)).isEqualTo("choice=WEEKLY_DIGEST");
    }

    @Test
    void passesOnTheOneClickUnsubscribeAMailClientSends() {
        anonymous.post()
            .uri("/api/v1/open/preferences/membership-42/MEETING_SCHEDULED" + SIGNED)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .bodyValue("List-Unsubscribe=One-Click")
            .exchange()
            .expectStatus()
            .isOk();

        assertThat(new String(notificationService.lastRequest().body(), StandardCharsets.UTF_8))
            .isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void passesOnTheServicesRefusalOfABadSignature() {
        notificationService.replyNext(403, "application/problem+json",
                "{\"status\":403,\"detail\":\"This link is not valid\"}");

        anonymous.post()
            .uri(LINK + "?expires=1893456000&signature=forged")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .bodyValue("choice=NEVER")
            .exchange()
            .expectStatus()
            .isForbidden()
            .expectBody()
            .jsonPath("$.detail")
            .isEqualTo("This link is not valid");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "PUT", "PATCH", "DELETE" })
    void refusesAnyOtherWriteToALinkWithoutATokenWithoutPassingItOn(String method) {
        anonymous.method(HttpMethod.valueOf(method))
            .uri(LINK + SIGNED)
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{}")
            .exchange()
            .expectStatus()
            .isUnauthorized();

        assertThat(notificationService.received()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/v1/notification-preferences", "/api/v1/notification-preferences/membership-42",
            "/api/v1/deliveries", "/api/v1/six-monthly-updates",
            "/api/v1/operations/notification-service/dead-letters" })
    void stillNeedsATokenForEveryOtherNotificationPath(String path) {
        anonymous.get().uri(path).exchange().expectStatus().isUnauthorized();
        anonymous.post()
            .uri(path)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .bodyValue("choice=NEVER")
            .exchange()
            .expectStatus()
            .isUnauthorized();

        assertThat(notificationService.received()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/v1/open/meetings", "/api/v1/open/preferences-elsewhere/membership-42",
            "/api/v1/open/preferences", "/api/v1/open/preferences/membership-42/ALL/more" })
    void stillRefusesAnAnonymousPostToOtherOpenPaths(String path) {
        anonymous.post()
            .uri(path)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .bodyValue("choice=NEVER")
            .exchange()
            .expectStatus()
            .isUnauthorized();

        assertThat(scrutinyService.received()).isEmpty();
        assertThat(notificationService.received()).isEmpty();
    }

}
