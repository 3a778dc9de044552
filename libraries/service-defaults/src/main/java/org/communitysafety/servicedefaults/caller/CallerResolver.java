package org.communitysafety.servicedefaults.caller;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import org.communitysafety.platform.TokenContract;

/**
 * Finds who is making the current request from the verified token: the organisation claim
 * and the client or subject (named by {@link TokenContract}). Without a token (a
 * scheduled job, a consumer) the service itself is the caller.
 */
public class CallerResolver {

    private final String serviceName;

    public CallerResolver(String serviceName) {
        this.serviceName = serviceName;
    }

    public Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            String organisation = Optional
                .ofNullable(token.getToken().getClaimAsString(TokenContract.ORGANISATION_CLAIM))
                .orElse("unknown");
            String actor = Optional.ofNullable(token.getToken().getClaimAsString(TokenContract.CLIENT_ID_CLAIM))
                .orElse(token.getToken().getSubject());
            return new Caller(organisation, actor);
        }
        return Caller.system(serviceName);
    }

}
