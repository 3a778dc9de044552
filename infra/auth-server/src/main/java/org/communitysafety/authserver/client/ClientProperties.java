package org.communitysafety.authserver.client;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

import org.communitysafety.platform.TokenContract.Role;

/**
 * The clients this server issues tokens to, keyed by client id
 * ({@code platform.clients.<client-id>}). One list both registers a client and says which
 * organisation and roles its tokens carry, so a client can never obtain a token without
 * them.
 */
@ConfigurationProperties("platform")
public record ClientProperties(Map<String, Client> clients) {

    public ClientProperties {
        if (clients == null || clients.isEmpty()) {
            throw new IllegalArgumentException("platform.clients must register at least one client");
        }
        clients = Map.copyOf(clients);
        Set<String> secrets = new HashSet<>();
        clients.forEach((clientId, client) -> {
            // A shared secret would let a slip in the configuration hand one agency's
            // credentials to another.
            if (!secrets.add(client.secret())) {
                throw new IllegalArgumentException(
                        "platform.clients." + clientId + ".secret is already another client's secret");
            }
        });
    }

    /**
     * @param secret what the client presents with HTTP Basic; development values only
     * @param organisation the organisation's code, a lowercase slug such as
     * {@code northamptonshire-police}
     * @param roles at least one role
     */
    public record Client(String secret, String organisation, List<Role> roles) {

        private static final Pattern ORGANISATION_CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

        public Client {
            if (!StringUtils.hasText(secret)) {
                throw new IllegalArgumentException("a client needs a secret");
            }
            if (organisation == null || !ORGANISATION_CODE.matcher(organisation).matches()) {
                throw new IllegalArgumentException("organisation '" + organisation + "' is not a lowercase slug");
            }
            if (roles == null || roles.isEmpty()) {
                throw new IllegalArgumentException("a client needs at least one role");
            }
            roles = List.copyOf(roles);
        }

        public List<String> roleNames() {
            return roles.stream().map(Role::name).toList();
        }
    }
}
