package org.communitysafety.gateway.client;

import java.net.InetSocketAddress;
import java.security.Principal;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ClientKeyResolverTests {

    private final ClientKeyResolver resolver = new ClientKeyResolver();

    @Test
    void knowsAnAuthenticatedCallerByItsPrincipalWhereverItCallsFrom() {
        ServerWebExchange exchange = exchangeFrom("10.1.2.3").mutate()
                .principal(Mono.just((Principal) () -> "northamptonshire-police"))
                .build();

        assertThat(resolver.resolve(exchange).block()).isEqualTo("client:northamptonshire-police");
        assertThat(ClientKeyResolver.describe(exchange)).isEqualTo("client:northamptonshire-police");
    }

    @Test
    void knowsAnAnonymousCallerByItsAddress() {
        ServerWebExchange exchange = exchangeFrom("10.1.2.3");

        assertThat(resolver.resolve(exchange).block()).isEqualTo("address:10.1.2.3");
    }

    @Test
    void describesACallerNotYetResolvedByItsAddress() {
        assertThat(ClientKeyResolver.describe(exchangeFrom("10.1.2.4"))).isEqualTo("address:10.1.2.4");
    }

    private static ServerWebExchange exchangeFrom(String address) {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/actions")
                .remoteAddress(new InetSocketAddress(address, 50_000)));
    }
}
