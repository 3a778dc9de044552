package org.communitysafety.tidy.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("tidy.ledger")
public record LedgerProperties(int limit) {

}
