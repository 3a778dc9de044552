package org.communitysafety.authserver.client;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Grants a client all its registered scopes when a client-credentials request names none.
 * Spring Authorization Server would otherwise issue a token with no {@code scope} claim
 * to the plain {@code curl -u id:secret -d grant_type=client_credentials} the platform
 * documents; RFC 6749 section 3.3 lets a server apply a default instead. A request that
 * names scopes is left as it is and still checked against the registration.
 */
public final class RegisteredScopesByDefault implements AuthenticationConverter {

    private final AuthenticationConverter clientCredentials = new OAuth2ClientCredentialsAuthenticationConverter();

    @Override
    public Authentication convert(HttpServletRequest request) {
        Authentication converted = clientCredentials.convert(request);
        if (converted instanceof OAuth2ClientCredentialsAuthenticationToken grant && grant.getScopes().isEmpty()
                && grant.getPrincipal() instanceof OAuth2ClientAuthenticationToken client
                && client.getRegisteredClient() != null) {
            return new OAuth2ClientCredentialsAuthenticationToken(client, client.getRegisteredClient().getScopes(),
                    grant.getAdditionalParameters());
        }
        return converted;
    }

}
