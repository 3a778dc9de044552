package org.communitysafety.scrutiny.body;

import org.communitysafety.platform.TokenContract.RoleNames;
import org.communitysafety.servicedefaults.caller.CallerResolver;
import org.communitysafety.servicedefaults.problem.NotPermitted;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who acts for a body: the scrutiny officers of the authority that supports it (its host,
 * the {@code organisation} claim of their token) and administrators. They manage the
 * body's meetings and recommendations and read what it has not yet published.
 */
@Component
public class BodyOfficers {

    private final CallerResolver callers;

    BodyOfficers(CallerResolver callers) {
        this.callers = callers;
    }

    /** Whether the current caller acts for the body. */
    public boolean actFor(ScrutinyBody body) {
        return hasRole(RoleNames.ADMINISTRATOR) || (hasRole(RoleNames.SCRUTINY_OFFICER)
                && body.hostOrganisationId().equals(callers.current().organisation()));
    }

    /** Refuses the caller, saying why, unless they act for the body. */
    public void checkActFor(ScrutinyBody body, String toDoWhat) {
        if (!actFor(body)) {
            throw new NotPermitted("Only the scrutiny officers of '" + body.hostOrganisationId() + "', which supports '"
                    + body.name() + "', may " + toDoWhat + "; you act for '" + callers.current().organisation() + "'");
        }
    }

    /** The organisation the current caller acts for. */
    public String organisation() {
        return callers.current().organisation();
    }

    /** Whether the current caller holds the role. */
    public static boolean hasRole(String role) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities()
            .stream()
            .anyMatch(authority -> ("ROLE_" + role).equals(authority.getAuthority()));
    }

}
