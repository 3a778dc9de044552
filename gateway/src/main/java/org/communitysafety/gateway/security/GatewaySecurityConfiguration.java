package org.communitysafety.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

import io.micrometer.core.instrument.MeterRegistry;
import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.reactive.function.client.WebClient;

import org.communitysafety.gateway.client.CallerRecordingFilter;
import org.communitysafety.gateway.problem.Problems;
import org.communitysafety.platform.TokenContract;
import org.communitysafety.platform.TokenContract.Role;

/**
 * The gateway is an OAuth2 resource server in front of the routes: every call that is not
 * public carries a JWT from the platform's issuer, checked here before any route is
 * chosen, and again by the service it reaches (the Authorization header is passed on
 * untouched).
 * <p>
 * Authorisation here is only the first, coarse line; each service keeps the rules about
 * whose objects may be changed by whom:
 * <ul>
 * <li>public, without a token: health, info and metrics for probes and scrapers, the API
 * documents and their browser, published open data (reads only), and members' signed
 * preference links (read and POST);</li>
 * <li>the operational endpoints ({@value #OPERATIONS}): administrators only;</li>
 * <li>any other write (POST, PUT, PATCH, DELETE): a caller with at least one of the
 * platform's roles;</li>
 * <li>any other read: any authenticated caller.</li>
 * </ul>
 * Refusals are problem+json (401 with {@code WWW-Authenticate: Bearer}, 403), in the
 * services' own problem types.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

    /**
     * Open to anyone. Metrics are among them because Prometheus scrapes without a token;
     * they carry counts and breaker states, no data, and the ingress is to route only the
     * API and its documents, so that they are reached from inside the cluster only. A
     * fallback answers a direct call with a 404, as before tokens. Any method is let
     * through, so that a wrong one is answered with a 405 rather than a 401.
     */
    static final String[] PUBLIC_PATHS = { "/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/fallback/**" };

    /** Published open data: readable by anyone; the routes serve nothing else there. */
    static final String OPEN_DATA = "/api/v1/open/**";

    /**
     * A member's signed preference link from an email (notification-service checks the
     * signature, which is the member's authority): read like open data, and the one shape
     * of path under {@value #OPEN_DATA} where anyone may POST, since choosing (and RFC
     * 8058's one-click unsubscribe) is a POST from a mail client or the link's page.
     */
    static final String MEMBER_PREFERENCE_LINK = "/api/v1/open/preferences/{membershipId}/{scope}";

    /** Each service's operational endpoints (dead-letter replay and the like). */
    static final String OPERATIONS = "/api/v1/operations/**";

    /**
     * The roles the platform's issuer grants; a caller with none of them may read but not
     * change anything.
     */
    static final String[] PLATFORM_ROLES = Arrays.stream(Role.values()).map(Role::name).toArray(String[]::new);

    private static final Set<HttpMethod> WRITES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
            HttpMethod.DELETE);

    // Bounds on fetching the issuer's keys, so that an issuer that does not answer cannot
    // hold requests for long.
    private static final int KEYS_CONNECT_TIMEOUT_MILLIS = 1_000;

    private static final Duration KEYS_RESPONSE_TIMEOUT = Duration.ofSeconds(3);

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder tokens,
            SecurityRefusals refusals) {
        return http.csrf(ServerHttpSecurity.CsrfSpec::disable)
            .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
            .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
            .logout(ServerHttpSecurity.LogoutSpec::disable)
            // SecurityHeadersFilter sets the headers of every response; one place decides
            // them.
            .headers(ServerHttpSecurity.HeaderSpec::disable)
            // Stateless: every request brings its token, nothing is kept between
            // requests.
            .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
            .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
            .authorizeExchange(exchanges -> exchanges.pathMatchers(PUBLIC_PATHS)
                .permitAll()
                .pathMatchers(HttpMethod.GET, OPEN_DATA)
                .permitAll()
                .pathMatchers(HttpMethod.HEAD, OPEN_DATA)
                .permitAll()
                .pathMatchers(HttpMethod.POST, MEMBER_PREFERENCE_LINK)
                .permitAll()
                .pathMatchers(OPERATIONS)
                .hasRole(Role.ADMINISTRATOR.name())
                .matchers(writes())
                .hasAnyRole(PLATFORM_ROLES)
                .anyExchange()
                .authenticated())
            .oauth2ResourceServer(resourceServer -> resourceServer
                .jwt(jwt -> jwt.jwtDecoder(tokens).jwtAuthenticationConverter(rolesFromClaim()))
                .authenticationEntryPoint(refusals::unauthenticated)
                .accessDeniedHandler(refusals::forbidden))
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refusals::unauthenticated)
                .accessDeniedHandler(refusals::forbidden))
            .addFilterBefore(new CallerRecordingFilter(), SecurityWebFiltersOrder.AUTHORIZATION)
            .build();
    }

    /**
     * Spring Security's firewall refuses a path that is not in normal form (dot segments,
     * encoded slashes or dots, semicolons, backslashes) before anything routes it, so
     * that no path can be dressed up to reach beyond a route's prefix, e.g. a service's
     * {@code /actuator}. Its refusal is a 400 problem like every other.
     */
    @Bean
    ServerExchangeRejectedHandler unnormalisedPaths(Problems problems) {
        return (exchange, rejected) -> problems.write(exchange, HttpStatus.BAD_REQUEST,
                "The path is not in normal form: dot segments, encoded slashes, semicolons and backslashes are refused");
    }

    /**
     * Checks every token's signature, lifetime and issuer; a token seen again within a
     * short while skips its signature check when the cache is on
     * ({@link VerifiedTokenCache}).
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(GatewaySecurityProperties properties, TokenCacheProperties tokenCache,
            MeterRegistry meters) {
        Clock clock = Clock.systemUTC();
        ReactiveJwtDecoder verifying = verifyingDecoder(properties, clock);
        return tokenCache.enabled() ? new VerifiedTokenCache(verifying, tokenCache, clock, meters) : verifying;
    }

    /** A decoder that verifies every token it is given from scratch. */
    static ReactiveJwtDecoder verifyingDecoder(GatewaySecurityProperties properties, Clock clock) {
        HttpClient keysClient = HttpClient.create()
            .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, KEYS_CONNECT_TIMEOUT_MILLIS)
            .responseTimeout(KEYS_RESPONSE_TIMEOUT);
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwkSetUri())
            .webClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector(keysClient)).build())
            .build();
        decoder.setJwtValidator(validator(properties, clock));
        // A token that cannot be checked because the issuer's keys cannot be fetched is
        // not an invalid token. As a JwtException that is not a BadJwtException it fails
        // authentication as a service error, which the gateway answers with a 503
        // (GatewayErrorHandler) instead of telling the caller its token is bad.
        return token -> decoder.decode(token)
            .onErrorMap(error -> !(error instanceof JwtException),
                    error -> new JwtException("The token issuer's keys could not be fetched: " + error.getMessage(),
                            error));
    }

    /**
     * The token's lifetime with the configured skew (the default would accept a token for
     * a minute after it expired), and its issuer when one is configured.
     */
    static OAuth2TokenValidator<Jwt> validator(GatewaySecurityProperties properties, Clock clock) {
        JwtTimestampValidator lifetime = new JwtTimestampValidator(properties.clockSkew());
        lifetime.setClock(clock);
        return properties.checksIssuer()
                ? new DelegatingOAuth2TokenValidator<>(lifetime, new JwtIssuerValidator(properties.issuer()))
                : lifetime;
    }

    /** The {@code roles} claim as {@code ROLE_*} authorities, as the services read it. */
    private static Converter<Jwt, Mono<AbstractAuthenticationToken>> rolesFromClaim() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(TokenContract.ROLES_CLAIM);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    private static ServerWebExchangeMatcher writes() {
        return exchange -> WRITES.contains(exchange.getRequest().getMethod()) ? MatchResult.match()
                : MatchResult.notMatch();
    }

}
