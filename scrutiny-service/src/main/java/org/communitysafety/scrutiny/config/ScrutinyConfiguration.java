package org.communitysafety.scrutiny.config;

import org.communitysafety.scrutiny.recommendation.RecommendationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The service's own settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RecommendationProperties.class)
class ScrutinyConfiguration {

}
