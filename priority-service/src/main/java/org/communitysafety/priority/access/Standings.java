package org.communitysafety.priority.access;

import org.communitysafety.platform.TokenContract.RoleNames;
import org.communitysafety.servicedefaults.caller.CallerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The current caller's {@link Standing}, as its verified token gives it. */
@Component
public class Standings {

    private static final String ADMINISTRATOR = "ROLE_" + RoleNames.ADMINISTRATOR;

    private final CallerResolver callers;

    Standings(CallerResolver callers) {
        this.callers = callers;
    }

    public Standing current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean administrator = authentication != null && authentication.getAuthorities()
            .stream()
            .anyMatch(authority -> ADMINISTRATOR.equals(authority.getAuthority()));
        return new Standing(callers.current().organisation(), administrator);
    }

}
