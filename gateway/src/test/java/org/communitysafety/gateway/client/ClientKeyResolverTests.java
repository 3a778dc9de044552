package org.communitysafety.gateway.client;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ClientKeyResolverTests {

    private final ClientKeyResolver resolver = new ClientKeyResolver();

    @Test
    void knowsAnAuthenticatedCallerByTheClientItsTokenNamesWhereverItCallsFrom() {
        Jwt token = token().subject("someone").claim("client_id", "northamptonshire-police").build();

        for (String address : List.of("10.1.2.3", "10.9.9.9")) {
            ServerWebExchange exchange = exchangeFrom(address);
            Caller.from(token).recordOn(exchange);

            assertThat(resolver.resolve(exchange).block()).isEqualTo("client:northamptonshire-police");
            assertThat(ClientKeyResolver.describe(exchange)).isEqualTo("client:northamptonshire-police");
        }
    }

    @Test
    void knowsAClientByItsSubjectWhenItsTokenNamesNoClient() {
        ServerWebExchange exchange = exchangeFrom("10.1.2.3");
        Caller.from(token().subject("corby-borough-council").build()).recordOn(exchange);

        assertThat(resolver.resolve(exchange).block()).isEqualTo("client:corby-borough-council");
    }

    @Test
    void knowsAnAnonymousCallerByItsAddress() {
        ServerWebExchange exchange = exchangeFrom("10.1.2.3");

        assertThat(resolver.resolve(exchange).block()).isEqualTo("address:10.1.2.3");
    }

    @Test
    void knowsACallerWhoseTokenNamesNeitherClientNorSubjectByItsAddress() {
        ServerWebExchange exchange = exchangeFrom("10.1.2.5");
        Caller.from(token().claim("organisation", "corby-borough-council").build()).recordOn(exchange);

        assertThat(resolver.resolve(exchange).block()).isEqualTo("address:10.1.2.5");
    }

    @Test
    void readsTheOrganisationTheTokenNames() {
        Caller caller = Caller.from(token().subject("c").claim("organisation", "northamptonshire-police").build());

        assertThat(caller.organisation()).isEqualTo("northamptonshire-police");
    }

    private static Jwt.Builder token() {
        return Jwt.withTokenValue("token").header("alg", "RS256").issuedAt(Instant.now());
    }

    private static ServerWebExchange exchangeFrom(String address) {
        return MockServerWebExchange
            .from(MockServerHttpRequest.get("/api/v1/actions").remoteAddress(new InetSocketAddress(address, 50_000)));
    }

}
