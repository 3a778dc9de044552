package org.communitysafety.servicedefaults.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service checks the caller's token itself (it never trusts the network position
 * behind the gateway).
 *
 * @param jwkSetUri where the issuer publishes its signing keys
 * @param issuer the issuer every token must name; unchecked when empty
 * @param clockSkew how late a token may still be accepted after it expired
 * @param publicPaths paths anyone may read without a token (published information,
 * health, API docs)
 */
@ConfigurationProperties("platform.security")
public record ServiceSecurityProperties(@DefaultValue("http://127.0.0.1:9000/oauth2/jwks") String jwkSetUri,
        String issuer, @DefaultValue("5s") Duration clockSkew, @DefaultValue( {
                "/api/v1/open/**", "/actuator/health/**", "/actuator/info", "/actuator/prometheus", "/v3/api-docs/**",
                "/swagger-ui/**", "/swagger-ui.html", "/error" }) List<String> publicPaths){
}
