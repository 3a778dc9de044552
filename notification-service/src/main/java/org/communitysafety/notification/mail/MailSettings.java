package org.communitysafety.notification.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What emails link to and how their preference links are signed.
 *
 * @param publicBaseUrl the platform's address as members reach it (the gateway), without
 * a trailing slash; every link in an email starts with it
 * @param preferenceLinkSecret the HMAC-SHA256 key of preference links; whoever knows it
 * can change any member's preferences, so production sets its own (at least 32
 * characters)
 * @param preferenceLinkValidity how long a preference link in an email keeps working
 */
@ConfigurationProperties("platform.mail")
public record MailSettings(@DefaultValue("http://127.0.0.1:8080") String publicBaseUrl, String preferenceLinkSecret,
        @DefaultValue("180d") Duration preferenceLinkValidity) {

    public MailSettings {
        if (preferenceLinkSecret == null || preferenceLinkSecret.length() < 32) {
            throw new IllegalArgumentException("platform.mail.preference-link-secret must have at least 32 characters");
        }
        publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1)
                : publicBaseUrl;
    }

    /** The public address of a path of the platform's API, e.g. {@code /api/v1/...}. */
    public String link(String path) {
        return publicBaseUrl + path;
    }

}
