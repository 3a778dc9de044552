package org.communitysafety.scrutiny.baseline;

import org.communitysafety.servicedefaults.security.Allowed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Loads the scrutiny baseline on an administrator's call; safe to call again. Served
 * under {@code /api/v1/committees/} so that the gateway's existing route reaches it.
 */
@RestController
class BaselineController {

    private final BaselineLoader loader;

    BaselineController(BaselineLoader loader) {
        this.loader = loader;
    }

    @PostMapping("/api/v1/committees/baseline")
    @PreAuthorize(Allowed.ADMINISTRATORS)
    BaselineLoaded load() {
        return loader.load();
    }

}
