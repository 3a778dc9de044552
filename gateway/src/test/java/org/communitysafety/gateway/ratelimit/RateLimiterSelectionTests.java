package org.communitysafety.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which limiter the gateway uses, with application.yml loaded so that the one switch is
 * seen to turn on the gateway's Redis support too. Nothing here connects to Redis.
 */
class RateLimiterSelectionTests {

    private final ApplicationContextRunner gateway = new ApplicationContextRunner()
        .withInitializer(new ConfigDataApplicationContextInitializer())
        .withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class,
                DataRedisReactiveAutoConfiguration.class, gatewayRedisAutoConfiguration()))
        .withUserConfiguration(RateLimits.class, RateLimiterConfiguration.class);

    @Test
    void keepsBucketsInMemoryWhenRedisIsNotSwitchedOn() {
        gateway.run(context -> {
            assertThat(context).hasSingleBean(RateLimiter.class);
            assertThat(context.getBean(RateLimiter.class)).isInstanceOf(InMemoryRateLimiter.class);
            assertThat(context).doesNotHaveBean(RedisRateLimiter.REDIS_SCRIPT_NAME);
        });
    }

    @Test
    void sharesBucketsThroughRedisWhenSwitchedOn() {
        gateway.withPropertyValues("platform.rate-limit.redis=true").run(context -> {
            assertThat(context).hasSingleBean(RateLimiter.class);
            assertThat(context.getBean(RateLimiter.class)).isInstanceOf(RedisRateLimiter.class);
            assertThat(context).hasBean(RedisRateLimiter.REDIS_SCRIPT_NAME);
        });
    }

    @Test
    void refusesToStartWithALimitThatMakesNoSense() {
        gateway.withPropertyValues("platform.rate-limit.replenish-rate=50", "platform.rate-limit.burst-capacity=10")
            .run(context -> assertThat(context).hasFailed());
    }

    private static Class<?> gatewayRedisAutoConfiguration() {
        try {
            // Package-private in Spring Cloud Gateway; it registers the limiter's Redis
            // script.
            return Class.forName("org.springframework.cloud.gateway.config.GatewayRedisAutoConfiguration");
        }
        catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RateLimitProperties.class)
    static class RateLimits {

    }

}
