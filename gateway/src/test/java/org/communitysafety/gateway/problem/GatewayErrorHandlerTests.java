package org.communitysafety.gateway.problem;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayErrorHandlerTests {

    private final GatewayErrorHandler handler = new GatewayErrorHandler(new Problems(JsonMapper.builder().build()));

    @Test
    void answersATokenThatCouldNotBeCheckedWithA503RatherThanCallingItInvalid() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/actions"));

        handler.handle(exchange, new AuthenticationServiceException("Couldn't retrieve remote JWK set")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block())
            .contains("\"detail\":\"Tokens cannot be checked right now: the platform's token issuer is "
                    + "unavailable; try again shortly\"");
    }

}
