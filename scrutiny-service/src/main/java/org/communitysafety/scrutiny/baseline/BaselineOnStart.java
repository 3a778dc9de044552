package org.communitysafety.scrutiny.baseline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Loads the scrutiny baseline when the service starts, if
 * {@code platform.baseline.load-on-start} is true (the local platform sets
 * {@code PLATFORM_BASELINE_LOAD_ON_START}). Off by default: production data is the
 * councils'.
 */
@Component
@ConditionalOnProperty(name = "platform.baseline.load-on-start", havingValue = "true")
class BaselineOnStart implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BaselineOnStart.class);

    private final BaselineLoader loader;

    BaselineOnStart(BaselineLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        BaselineLoaded loaded = loader.load();
        log.info("Scrutiny baseline loaded: created {}, already present {}", loaded.created(), loaded.alreadyPresent());
    }

}
