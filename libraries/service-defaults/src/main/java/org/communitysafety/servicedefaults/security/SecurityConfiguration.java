package org.communitysafety.servicedefaults.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

import org.communitysafety.platform.TokenContract;

/**
 * Every service is an OAuth2 resource server: each non-public call carries a JWT from the
 * configured issuer, naming the caller's organisation ({@code organisation} claim) and
 * roles ({@code roles} claim, as {@code ROLE_*} authorities). Everyone authenticated
 * reads; who may change what is decided per feature.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(ServiceSecurityProperties.class)
public class SecurityConfiguration {

    @Bean
    SecurityFilterChain serviceSecurity(HttpSecurity http, ServiceSecurityProperties properties, JsonMapper json) {
        ProblemResponses problems = new ProblemResponses(json);
        http.csrf(csrf -> csrf.disable())
            .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .authorizeHttpRequests(requests -> requests.requestMatchers(properties.publicPaths().toArray(String[]::new))
                .permitAll()
                .anyRequest()
                .authenticated())
            .oauth2ResourceServer(
                    resourceServer -> resourceServer.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim()))
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
            .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(problems.unauthenticated())
                .accessDeniedHandler(problems.forbidden()));
        return http.build();
    }

    @Bean
    JwtDecoder jwtDecoder(ServiceSecurityProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwkSetUri()).build();
        OAuth2TokenValidator<Jwt> timestamps = new JwtTimestampValidator(properties.clockSkew());
        decoder.setJwtValidator(properties.issuer() == null || properties.issuer().isBlank() ? timestamps
                : new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(properties.issuer())));
        return decoder;
    }

    private static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(TokenContract.ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

}
