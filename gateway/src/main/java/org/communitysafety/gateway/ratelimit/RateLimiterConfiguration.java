package org.communitysafety.gateway.ratelimit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link org.springframework.cloud.gateway.filter.ratelimit.RateLimiter} for all
 * routes: Redis's when {@code platform.rate-limit.redis=true}, so that every replica
 * counts against the same buckets; otherwise buckets in memory. The same switch turns on
 * the gateway's Redis support (the limiter's script) and Redis's health check in
 * application.yml, so that a gateway without Redis neither needs nor reports one.
 */
@Configuration(proxyBeanMethods = false)
class RateLimiterConfiguration {

    static final String REDIS_SWITCH = "platform.rate-limit.redis";

    @Bean
    @ConditionalOnProperty(name = REDIS_SWITCH, havingValue = "true")
    RedisRateLimiter redisRateLimiter(RateLimitProperties properties) {
        // Takes the Redis template and script from the context once it is ready
        // (ApplicationContextAware). When Redis cannot be reached it lets requests
        // through and logs the error: an outage of the limiter must not become an outage
        // of the platform.
        return new RedisRateLimiter(properties.replenishRate(), properties.burstCapacity(),
                properties.requestedTokens());
    }

    @Bean
    @ConditionalOnProperty(name = REDIS_SWITCH, havingValue = "false", matchIfMissing = true)
    InMemoryRateLimiter inMemoryRateLimiter(RateLimitProperties properties) {
        return new InMemoryRateLimiter(properties.limit(), System::nanoTime);
    }

    /**
     * How many clients this replica keeps a bucket for: it should fall back once clients
     * go idle, or the sweep is not working and memory grows with every client seen.
     */
    @Bean
    @ConditionalOnProperty(name = REDIS_SWITCH, havingValue = "false", matchIfMissing = true)
    MeterBinder rateLimitedClientsGauge(InMemoryRateLimiter limiter) {
        return registry -> Gauge.builder("gateway.rate-limit.clients", limiter, InMemoryRateLimiter::bucketCount)
            .description("Clients with a rate-limit bucket on this replica")
            .register(registry);
    }

}
