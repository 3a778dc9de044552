package org.communitysafety.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No route reaches a service's management endpoints (/actuator: metrics, environment,
 * heap dumps), however the path is dressed up: each service serves them on its own
 * management port, inside the cluster, and the gateway's routes lead only to its API.
 */
class ManagementEndpointsTests extends GatewayTestSupport {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "/api/v1/organisations/../../../actuator/prometheus",
            "/api/v1/organisations/%2e%2e/%2e%2e/%2e%2e/actuator/env",
            "/api/v1/organisations/..%2f..%2f..%2factuator/env", "/api/v1/organisations/..;/..;/..;/actuator/env",
            "/api/v1/open/partnerships/..%2F..%2F..%2F..%2Factuator/heapdump",
            "/api/v1/operations/partnership-service/../../../actuator/env",
            "/api/v1/operations/partnership-service/%2e%2e/%2e%2e/%2e%2e/actuator/env",
            "/api/v1/operations/partnership-service/..%2f..%2f..%2factuator/env",
            "/v3/api-docs/partnership-service/../../actuator/env", "/api/v1/organisations/%252e%252e/actuator/env" })
    void noRouteReachesAServicesManagementEndpoints(String path) {
        String administrator = tokens.forOrganisation("northamptonshire-county-council", "ADMINISTRATOR");

        String answer = rawGet(path, administrator);

        assertThat(answer).startsWith("HTTP/1.1 400 ")
            .containsIgnoringCase("Content-Type: application/problem+json")
            .contains("\"detail\":\"The path is not in normal form");
        assertThat(partnershipService.received()).extracting(RecordingBackend.ReceivedRequest::path)
            .noneMatch(received -> received.contains("actuator"));
    }

    @Test
    void refusesABackslashPathBeforeItIsEvenRouted() {
        String answer = rawGet("/api/v1/organisations\\..\\..\\..\\actuator\\env",
                tokens.forOrganisation(AGENCY, "AGENCY"));

        assertThat(answer).startsWith("HTTP/1.1 400 ");
        assertThat(partnershipService.received()).isEmpty();
    }

    @Test
    void aCleanPathToActuatorIsTheGatewaysOwnAndServesNothingOfAService() {
        client.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
        client.get().uri("/api/v1/actuator/env").exchange().expectStatus().isNotFound();
        client.get().uri("/api/v1/organisations/actuator/env").exchange().expectStatus().isOk();

        assertThat(partnershipService.received()).extracting(RecordingBackend.ReceivedRequest::path)
            .containsExactly("/api/v1/organisations/actuator/env");
    }

    /**
     * As an attacker would send it: byte for byte, with nothing normalised on the way.
     */
    private String rawGet(String path, String token) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token
                    + "\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
