package org.communitysafety.notification.config;

import java.time.Duration;

import org.communitysafety.notification.delivery.KeptSmtpConnections;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.mail.autoconfigure.MailProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The mail sender, configured from {@code spring.mail.*} as Spring Boot would configure
 * its own, but keeping its SMTP connections open between the dispatcher's rounds (Spring
 * Boot's own sender then backs off).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class SmtpConfiguration {

    @Bean
    KeptSmtpConnections mailSender(MailProperties properties,
            @Value("${platform.mail.smtp-idle-timeout:20s}") Duration idleTimeout) {
        KeptSmtpConnections sender = new KeptSmtpConnections(idleTimeout);
        sender.setHost(properties.getHost());
        if (properties.getPort() != null) {
            sender.setPort(properties.getPort());
        }
        sender.setUsername(properties.getUsername());
        sender.setPassword(properties.getPassword());
        sender.setProtocol(properties.getProtocol());
        if (properties.getDefaultEncoding() != null) {
            sender.setDefaultEncoding(properties.getDefaultEncoding().name());
        }
        sender.getJavaMailProperties().putAll(properties.getProperties());
        return sender;
    }

}
