package org.communitysafety.servicedefaults.caller;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Finds who is making the current request from the verified token: the
 * {@code organisation} claim and the client or subject. Without a token (a scheduled job,
 * a consumer) the service itself is the caller.
 */
public class CallerResolver {

    private final String serviceName;

    public CallerResolver(String serviceName) {
        this.serviceName = serviceName;
    }

    public Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            String organisation = Optional.ofNullable(token.getToken().getClaimAsString("organisation"))
                .orElse("unknown");
            String actor = Optional.ofNullable(token.getToken().getClaimAsString("client_id"))
                .orElse(token.getToken().getSubject());
            return new Caller(organisation, actor);
        }
        return Caller.system(serviceName);
    }

}
