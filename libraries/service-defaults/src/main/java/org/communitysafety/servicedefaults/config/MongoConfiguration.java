package org.communitysafety.servicedefaults.config;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.communitysafety.servicedefaults.health.MongoPingHealthIndicator;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** MongoDB wiring that works the same on real MongoDB and on the embedded wire server. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    /**
     * Timeouts chosen so that a store outage is answered 503 within about a second (see
     * {@code StoreUnavailableAdvice}): the driver gives up choosing a server after
     * {@code platform.mongo.server-selection-timeout} (the driver's 5 s default answered
     * every request of an outage with a 500 after 5 s) and looks for it again every
     * {@code heartbeat-frequency}, so readiness and requests recover soon after it
     * returns. The read timeout stays long: a slow query is not an outage. Without any
     * timeouts a wedged server hangs start-up and requests forever.
     */
    @Bean
    MongoClientSettingsBuilderCustomizer mongoTimeouts(
            @Value("${platform.mongo.server-selection-timeout:1s}") Duration serverSelection,
            @Value("${platform.mongo.connect-timeout:1s}") Duration connect,
            @Value("${platform.mongo.read-timeout:15s}") Duration read,
            @Value("${platform.mongo.heartbeat-frequency:2s}") Duration heartbeat) {
        return settings -> settings
            .applyToSocketSettings(socket -> socket.connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS))
            .applyToServerSettings(server -> server.heartbeatFrequency(heartbeat.toMillis(), TimeUnit.MILLISECONDS))
            .applyToClusterSettings(
                    cluster -> cluster.serverSelectionTimeout(serverSelection.toMillis(), TimeUnit.MILLISECONDS));
    }

    @Bean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

}
