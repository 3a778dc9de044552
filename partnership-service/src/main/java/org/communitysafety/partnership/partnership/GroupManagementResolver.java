package org.communitysafety.partnership.partnership;

import org.communitysafety.servicedefaults.caller.CallerResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The current caller's standing in managing groups, as its verified token gives it: the
 * organisation it acts for and whether it is an administrator.
 */
@Component
public class GroupManagementResolver {

    private static final String ADMINISTRATOR = "ROLE_ADMINISTRATOR";

    private final CallerResolver callers;

    GroupManagementResolver(CallerResolver callers) {
        this.callers = callers;
    }

    public GroupManagement current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        boolean administrator = authentication != null && authentication.getAuthorities()
            .stream()
            .anyMatch(authority -> ADMINISTRATOR.equals(authority.getAuthority()));
        return new GroupManagement(callers.current().organisation(), administrator);
    }

}
