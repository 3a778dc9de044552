package org.communitysafety.authserver.client;

import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import org.communitysafety.platform.TokenContract;

/**
 * Adds to every access token who the caller is on the platform: its organisation code and
 * its roles (claims named by {@link TokenContract}), which the gateway and the services
 * authorise by, and the RFC 9068 {@code client_id}, which Spring Authorization Server
 * leaves out of client-credentials tokens and which services record as the actor.
 */
public final class OrganisationAndRolesClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final ClientProperties clients;

    public OrganisationAndRolesClaims(ClientProperties clients) {
        this.clients = clients;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        String clientId = context.getRegisteredClient().getClientId();
        ClientProperties.Client client = clients.clients().get(clientId);
        if (client == null) {
            // Registrations are built from the same properties, so this is a wiring
            // fault: refuse rather than issue a token that names no organisation.
            throw new IllegalStateException("No organisation is configured for client " + clientId);
        }
        context.getClaims()
            .claim(TokenContract.CLIENT_ID_CLAIM, clientId)
            .claim(TokenContract.ORGANISATION_CLAIM, client.organisation())
            .claim(TokenContract.ROLES_CLAIM, client.roleNames());
    }

}
