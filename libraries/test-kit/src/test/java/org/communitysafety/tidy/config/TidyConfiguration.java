package org.communitysafety.tidy.config;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import org.communitysafety.tidy.ledger.Ledgers;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerProperties.class)
class TidyConfiguration {

    @Bean
    Ledgers ledgers(LedgerProperties properties) {
        return new Ledgers(properties);
    }

}
