package org.communitysafety.gateway.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the gateway checks a caller's token ({@code platform.security.*}, the same settings
 * the services read, so one issuer configuration serves the whole platform).
 *
 * @param jwkSetUri where the issuer publishes its signing keys
 * @param issuer the issuer every token must name; unchecked when empty
 * @param clockSkew how long after its expiry a token is still accepted, for clocks that
 * disagree a little
 */
@ConfigurationProperties("platform.security")
public record GatewaySecurityProperties(@DefaultValue("http://127.0.0.1:9000/oauth2/jwks") String jwkSetUri,
        String issuer, @DefaultValue("5s") Duration clockSkew) {

    boolean checksIssuer() {
        return issuer != null && !issuer.isBlank();
    }
}
