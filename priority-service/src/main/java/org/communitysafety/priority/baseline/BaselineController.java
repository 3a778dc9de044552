package org.communitysafety.priority.baseline;

import org.communitysafety.servicedefaults.security.Allowed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Loads the 2015-16 baseline on an administrator's call; safe to call again. */
@RestController
class BaselineController {

    private final BaselineLoader loader;

    BaselineController(BaselineLoader loader) {
        this.loader = loader;
    }

    @PostMapping("/api/v1/priority-baseline")
    @PreAuthorize(Allowed.ADMINISTRATORS)
    BaselineLoaded load() {
        return loader.load();
    }

}
