package org.communitysafety.notification.preference;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.communitysafety.notification.mail.MailSettings;
import org.communitysafety.servicedefaults.problem.NotPermitted;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The signature covers the membership, the scope and the expiry, under the configured
 * secret: a link works for what it was issued for, until it expires, and for nothing
 * else.
 */
class PreferenceLinksTests {

    private static final Instant NOW = Instant.parse("2015-06-01T09:00:00Z");

    private static final Pattern LINK = Pattern
        .compile(".*/preferences/([^/]+)/([^?]+)\\?expires=(\\d+)&signature=(.+)");

    private final PreferenceLinks links = linksWith("a-secret-of-at-least-thirty-two-characters", NOW);

    @Test
    void aLinkIsAcceptedForWhatItWasIssuedForUntilItExpires() {
        Matcher link = parse(links.linkFor("member-1", "ACTION_ASSIGNED"));
        long expires = Long.parseLong(link.group(3));

        assertThatCode(() -> links.check("member-1", "ACTION_ASSIGNED", expires, link.group(4)))
            .doesNotThrowAnyException();
        assertThatCode(() -> linksWith("a-secret-of-at-least-thirty-two-characters", NOW.plus(Duration.ofDays(179)))
            .check("member-1", "ACTION_ASSIGNED", expires, link.group(4))).doesNotThrowAnyException();
        assertThatThrownBy(() -> linksWith("a-secret-of-at-least-thirty-two-characters", NOW.plus(Duration.ofDays(181)))
            .check("member-1", "ACTION_ASSIGNED", expires, link.group(4))).isInstanceOf(NotPermitted.class)
            .hasMessageContaining("expired");
    }

    @Test
    void anyChangedPartOrAnotherSecretIsRefused() {
        Matcher link = parse(links.linkFor("member-1", "ACTION_ASSIGNED"));
        long expires = Long.parseLong(link.group(3));
        String signature = link.group(4);

        assertThatThrownBy(() -> links.check("member-2", "ACTION_ASSIGNED", expires, signature))
            .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> links.check("member-1", PreferenceLinks.ALL, expires, signature))
            .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> links.check("member-1", "ACTION_ASSIGNED", expires + 1, signature))
            .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> links.check("member-1", "ACTION_ASSIGNED", expires, null))
            .isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> linksWith("another-secret-of-at-least-thirty-two-chars", NOW).check("member-1",
                "ACTION_ASSIGNED", expires, signature))
            .isInstanceOf(NotPermitted.class);
    }

    @Test
    void aShortSecretIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new MailSettings("http://127.0.0.1:8080", "too-short", Duration.ofDays(180)))
            .isInstanceOf(IllegalArgumentException.class);
    }

    private static PreferenceLinks linksWith(String secret, Instant now) {
        return new PreferenceLinks(new MailSettings("https://platform.example/", secret, Duration.ofDays(180)),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static Matcher parse(String link) {
        Matcher matcher = LINK.matcher(link);
        if (!matcher.matches() || !link.startsWith("https://platform.example/api/v1/open/preferences/")) {
            throw new AssertionError("Not a preference link: " + link);
        }
        return matcher;
    }

}
