package org.communitysafety.priority.baseline;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Loads the baseline once the service is up, if {@code platform.baseline.load-on-start}
 * is true (the local platform sets {@code PLATFORM_BASELINE_LOAD_ON_START}). The
 * partnership service starts at the same time, so this waits, off the start-up thread,
 * until the replica knows the groups the baseline names.
 */
@Component
@ConditionalOnProperty(name = "platform.baseline.load-on-start", havingValue = "true")
class BaselineOnStart {

    private static final Logger log = LoggerFactory.getLogger(BaselineOnStart.class);

    private static final Duration POLL = Duration.ofSeconds(2);

    private static final int ATTEMPTS = 300;

    private final BaselineLoader loader;

    BaselineOnStart(BaselineLoader loader) {
        this.loader = loader;
    }

    @EventListener(ApplicationReadyEvent.class)
    void loadWhenTheReplicaIsReady() {
        Thread loading = new Thread(this::awaitAndLoad, "priority-baseline");
        loading.setDaemon(true);
        loading.start();
    }

    private void awaitAndLoad() {
        try {
            for (int attempt = 1; attempt <= ATTEMPTS && !loader.referencesKnown(); attempt++) {
                Thread.sleep(POLL.toMillis());
            }
            BaselineLoaded loaded = loader.load();
            log.info("Priority baseline loaded: created {}, already present {}", loaded.created(),
                    loaded.alreadyPresent());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        catch (RuntimeException ex) {
            log.error("Priority baseline not loaded", ex);
        }
    }

}
