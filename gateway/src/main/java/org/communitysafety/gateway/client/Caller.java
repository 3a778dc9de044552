package org.communitysafety.gateway.client;

import java.util.Optional;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.server.ServerWebExchange;

import org.communitysafety.platform.TokenContract;

/**
 * The authenticated client behind a request, as its token names it: the OAuth2 client
 * ({@code client_id}, as RFC 9068 has it, or else the subject, which is the client in a
 * client-credentials token) and the organisation it acts for ({@code organisation}).
 * Recorded on the exchange once the token has been checked, for the rate limits and the
 * access log.
 *
 * @param clientId the client, when the token names one
 * @param organisation the organisation's code, when the token names one
 */
public record Caller(@Nullable String clientId, @Nullable String organisation) {

    static final String ATTRIBUTE = Caller.class.getName();

    public static Caller from(Jwt token) {
        String clientId = Stream.of(token.getClaimAsString(TokenContract.CLIENT_ID_CLAIM), token.getSubject())
            .filter(Caller::isPresent)
            .findFirst()
            .orElse(null);
        String organisation = token.getClaimAsString(TokenContract.ORGANISATION_CLAIM);
        return new Caller(clientId, isPresent(organisation) ? organisation : null);
    }

    /**
     * The caller recorded on this exchange; none for an anonymous call (or one refused
     * before its token was read).
     */
    public static Optional<Caller> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }

    public void recordOn(ServerWebExchange exchange) {
        exchange.getAttributes().put(ATTRIBUTE, this);
    }

    private static boolean isPresent(@Nullable String claim) {
        return claim != null && !claim.isBlank();
    }
}
