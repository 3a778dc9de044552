package org.communitysafety.gateway.protection;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What the gateway accepts and what it tells browsers ({@code platform.http.*}).
 *
 * @param maxRequestSize the largest request body passed on to a service
 * @param hsts Strict-Transport-Security
 * @param corsAllowedOrigins the browser origins (scheme://host[:port]) allowed to call
 * the API; none by default
 */
@ConfigurationProperties("platform.http")
public record HttpProtectionProperties(@DefaultValue("256KB") DataSize maxRequestSize, @DefaultValue Hsts hsts,
        @DefaultValue List<String> corsAllowedOrigins) {

    /**
     * @param enabled whether to send Strict-Transport-Security (browsers only heed it
     * over HTTPS, which a TLS-terminating proxy in front of the gateway provides)
     * @param maxAge how long a browser should insist on HTTPS
     * @param includeSubdomains whether subdomains are covered too
     */
    public record Hsts(@DefaultValue("true") boolean enabled, @DefaultValue("365d") Duration maxAge,
            @DefaultValue("true") boolean includeSubdomains) {

        String headerValue() {
            return "max-age=" + maxAge.toSeconds() + (includeSubdomains ? "; includeSubDomains" : "");
        }
    }
}
