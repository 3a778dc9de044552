package org.communitysafety.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway's coarse first line; the services decide whose objects a caller may change.
 */
class AuthorisationTests extends GatewayTestSupport {

    private static final String FORBIDDEN = "https://communitysafety.example/problems/forbidden";

    private static final String NOBODY_IN_PARTICULAR = "wellingborough-borough-council";

    @Test
    void letsAnyAuthenticatedCallerReadEvenWithoutARole() {
        bearing(tokens.forOrganisation(NOBODY_IN_PARTICULAR)).get()
            .uri("/api/v1/priorities/violence")
            .exchange()
            .expectStatus()
            .isOk();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "POST", "PUT", "PATCH", "DELETE" })
    void refusesAWriteFromACallerWithoutAPlatformRoleWithA403Problem(String method) {
        bearing(tokens.forOrganisation(NOBODY_IN_PARTICULAR)).method(HttpMethod.valueOf(method))
            .uri("/api/v1/actions/5")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"status\":\"done\"}")
            .exchange()
            .expectStatus()
            .isForbidden()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type")
            .isEqualTo(FORBIDDEN)
            .jsonPath("$.title")
            .isEqualTo("Forbidden")
            .jsonPath("$.status")
            .isEqualTo(403)
            .jsonPath("$.detail")
            .isEqualTo("Changing data needs one of the platform's roles (AGENCY, "
                    + "GROUP_MANAGER, SCRUTINY_OFFICER, ADMINISTRATOR); this token has none")
            .jsonPath("$.instance")
            .isEqualTo("/api/v1/actions/5");

        assertThat(priorityService.received()).isEmpty();
    }

    @Test
    void refusesAWriteFromACallerWhoseRolesAreNotThePlatforms() {
        bearing(tokens.forOrganisation(NOBODY_IN_PARTICULAR, "READER", "agency")).post()
            .uri("/api/v1/meetings")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{}")
            .exchange()
            .expectStatus()
            .isForbidden();

        assertThat(scrutinyService.received()).isEmpty();
    }

    @Test
    void refusesAWriteWithoutATokenAsUnauthenticated() {
        anonymous.post()
            .uri("/api/v1/actions/5/progress")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{}")
            .exchange()
            .expectStatus()
            .isUnauthorized();

        assertThat(priorityService.received()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "AGENCY", "GROUP_MANAGER", "SCRUTINY_OFFICER", "ADMINISTRATOR" })
    void passesAWriteFromAnyPlatformRoleOnToTheServiceWhichDecidesTheRest(String role) {
        bearing(tokens.forOrganisation(NOBODY_IN_PARTICULAR, role)).post()
            .uri("/api/v1/actions/5/progress")
            .contentType(MediaType.APPLICATION_JSON)
            .bodyValue("{\"note\":\"done\"}")
            .exchange()
            .expectStatus()
            .isOk();

        assertThat(priorityService.lastRequest().method()).isEqualTo("POST");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "AGENCY", "GROUP_MANAGER", "SCRUTINY_OFFICER" })
    void refusesTheOperationalEndpointsToEveryoneButAdministrators(String role) {
        bearing(tokens.forOrganisation(AGENCY, role)).post()
            .uri("/api/v1/operations/notification-service/dead-letters/42/replay")
            .exchange()
            .expectStatus()
            .isForbidden()
            .expectHeader()
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type")
            .isEqualTo(FORBIDDEN)
            .jsonPath("$.detail")
            .isEqualTo("Only administrators may use the operational endpoints");

        assertThat(notificationService.received()).isEmpty();
    }

    @Test
    void refusesEvenAReadOfTheOperationalEndpointsToAnAgency() {
        client.get().uri("/api/v1/operations/priority-service").exchange().expectStatus().isForbidden();
        anonymous.get().uri("/api/v1/operations/priority-service").exchange().expectStatus().isUnauthorized();

        assertThat(priorityService.received()).isEmpty();
    }

    @Test
    void letsAnAdministratorUseTheOperationalEndpoints() {
        bearing(tokens.forOrganisation("northamptonshire-county-council", "ADMINISTRATOR")).get()
            .uri("/api/v1/operations/priority-service")
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.service")
            .isEqualTo("priority-service");

        assertThat(priorityService.lastRequest().path()).isEqualTo("/api/v1/operations");
    }

}
