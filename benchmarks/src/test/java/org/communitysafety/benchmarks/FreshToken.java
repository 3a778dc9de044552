package org.communitysafety.benchmarks;

import java.time.Duration;

/**
 * A client's token, fetched again before it expires: the issuer's tokens live 15 minutes,
 * and generating ten times the county takes longer than that on a busy machine.
 */
final class FreshToken {

    private static final Duration REFRESH_AFTER = Duration.ofMinutes(10);

    private final String client;

    private String token;

    private long fetchedAtMillis;

    FreshToken(String client) {
        this.client = client;
    }

    synchronized String get() {
        if (token == null || System.currentTimeMillis() - fetchedAtMillis > REFRESH_AFTER.toMillis()) {
            token = Api.token(client);
            fetchedAtMillis = System.currentTimeMillis();
        }
        return token;
    }

}
