package org.communitysafety.authserver.config;

import org.communitysafety.authserver.client.RegisteredScopesByDefault;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two chains: the OAuth2 endpoints, whose errors keep the OAuth2 format (RFC 6749 section
 * 5.2) their clients parse, and everything else, which is closed except health and info.
 * Every caller is a machine, so there is no login page, no session and no CSRF token; a
 * refusal is sent to the error page and rendered as problem details there.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final AuthenticationEntryPoint UNAUTHORIZED_AS_PROBLEM = (request, response, exception) -> response
        .sendError(HttpStatus.UNAUTHORIZED.value());

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http, AuthorizationServerSettings settings)
            throws Exception {
        RequestMatcher authorizationEndpoint = PathPatternRequestMatcher.withDefaults()
            .matcher(settings.getAuthorizationEndpoint());
        http.oauth2AuthorizationServer(authorizationServer -> {
            RequestMatcher endpoints = authorizationServer.getEndpointsMatcher();
            // No one signs in here, so the authorization endpoint has no work; left in,
            // it answers a client that has no redirect URI with a 500 (Spring Security
            // 7.0.6). The closed chain answers 401.
            http.securityMatcher(request -> endpoints.matches(request) && !authorizationEndpoint.matches(request));
            authorizationServer
                .tokenEndpoint(token -> token.accessTokenRequestConverter(new RegisteredScopesByDefault()));
        })
            .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(UNAUTHORIZED_AS_PROBLEM));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/error")
            .permitAll()
            .anyRequest()
            .denyAll())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .csrf(AbstractHttpConfigurer::disable)
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(UNAUTHORIZED_AS_PROBLEM));
        return http.build();
    }

}
