package org.communitysafety.authserver.config;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.communitysafety.authserver.client.ClientProperties;
import org.communitysafety.authserver.client.OrganisationAndRolesClaims;
import org.communitysafety.authserver.client.PlatformRegisteredClients;
import org.communitysafety.authserver.client.TokenProperties;
import org.communitysafety.authserver.signingkey.SigningKeyProperties;
import org.communitysafety.authserver.signingkey.SigningKeys;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Who gets tokens, what they carry and what signs them. Each bean replaces one Spring
 * Boot would otherwise build: clients from
 * {@code spring.security.oauth2.authorizationserver.client.*} and a key that changes at
 * every start.
 */
@Configuration(proxyBeanMethods = false)
class TokenIssuingConfiguration {

    @Bean
    RegisteredClientRepository registeredClientRepository(ClientProperties clients, TokenProperties tokens) {
        return new InMemoryRegisteredClientRepository(PlatformRegisteredClients.from(clients, tokens));
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> organisationAndRolesClaims(ClientProperties clients) {
        return new OrganisationAndRolesClaims(clients);
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(SigningKeyProperties signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeys.resolve(signingKey)));
    }

}
