package org.communitysafety.servicedefaults.config;

import java.util.concurrent.TimeUnit;

import org.communitysafety.servicedefaults.health.MongoPingHealthIndicator;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** MongoDB wiring that works the same on real MongoDB and on the embedded wire server. */
@Configuration(proxyBeanMethods = false)
class MongoConfiguration {

    /** Without timeouts a wedged server hangs start-up and requests forever. */
    @Bean
    MongoClientSettingsBuilderCustomizer mongoTimeouts() {
        return settings -> settings
            .applyToSocketSettings(
                    socket -> socket.connectTimeout(5, TimeUnit.SECONDS).readTimeout(15, TimeUnit.SECONDS))
            .applyToClusterSettings(cluster -> cluster.serverSelectionTimeout(5, TimeUnit.SECONDS));
    }

    @Bean(name = "mongoHealthIndicator")
    MongoPingHealthIndicator mongoHealthIndicator(MongoTemplate mongo) {
        return new MongoPingHealthIndicator(mongo);
    }

}
