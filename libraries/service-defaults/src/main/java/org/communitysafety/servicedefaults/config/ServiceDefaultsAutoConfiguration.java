package org.communitysafety.servicedefaults.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * What every service gets by depending on service-defaults. Ordered before Boot's error
 * and Mongo health auto-configuration so that ours replace theirs.
 */
@AutoConfiguration(beforeName = { "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
        "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration" })
@Import({ EventsConfiguration.class, PersonalDataConfiguration.class, WebConfiguration.class,
        WebInputConfiguration.class, OpenApiConfiguration.class, MongoConfiguration.class,
        ObservabilityConfiguration.class, org.communitysafety.servicedefaults.security.SecurityConfiguration.class })
public class ServiceDefaultsAutoConfiguration {

}
