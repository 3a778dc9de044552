package org.communitysafety.notification.preference;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.communitysafety.notification.mail.MailSettings;
import org.communitysafety.servicedefaults.problem.NotPermitted;
import org.springframework.stereotype.Component;

/**
 * The signed links in every email by which a member changes how they receive alerts
 * without logging in. A link names the membership, the kinds it covers (one kind, or
 * {@value #ALL}) and when it stops working, signed with HMAC-SHA256 under the configured
 * secret: changing any of them, or using one member's link for another, breaks the
 * signature.
 */
@Component
public class PreferenceLinks {

    /** The scope of a link that covers every kind of alert. */
    public static final String ALL = "ALL";

    static final String PATH = "/api/v1/open/preferences";

    private static final String HMAC = "HmacSHA256";

    private final MailSettings settings;

    private final Clock clock;

    PreferenceLinks(MailSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** The public address of a member's link for one kind of alert, or {@value #ALL}. */
    public String linkFor(String membershipId, String scope) {
        long expires = clock.instant().plus(settings.preferenceLinkValidity()).getEpochSecond();
        return settings.link(PATH + "/" + membershipId + "/" + scope + "?expires=" + expires + "&signature="
                + signature(membershipId, scope, expires));
    }

    /**
     * The headers that let a mail client offer "unsubscribe" for the link's scope and
     * apply it with one click (RFC 8058, a POST with no login), and that tell
     * auto-responders not to answer (RFC 3834).
     * @param unsubscribeLink the member's link, the same one the email's text shows
     */
    public static Map<String, String> mailHeaders(String unsubscribeLink) {
        return Map.of("List-Unsubscribe", "<" + unsubscribeLink + ">", "List-Unsubscribe-Post",
                "List-Unsubscribe=One-Click", "Auto-Submitted", "auto-generated");
    }

    /**
     * Refuses a link that was not signed here for this membership and scope, or that has
     * expired.
     */
    void check(String membershipId, String scope, long expires, String signature) {
        byte[] expected = signature(membershipId, scope, expires).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature == null ? new byte[0] : signature.getBytes(StandardCharsets.US_ASCII);
        // Compared in constant time, so that the time taken gives away nothing of the
        // right signature.
        if (!MessageDigest.isEqual(expected, given)) {
            throw new NotPermitted("This link was not issued for this member and these alerts");
        }
        if (clock.instant().isAfter(Instant.ofEpochSecond(expires))) {
            throw new NotPermitted("This link has expired; every alert email carries a new one");
        }
    }

    private String signature(String membershipId, String scope, long expires) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(settings.preferenceLinkSecret().getBytes(StandardCharsets.UTF_8), HMAC));
            // Each part ends with a separator no id contains, so no two triples sign
            // alike.
            byte[] signed = mac
                .doFinal((membershipId + "\n" + scope + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signed);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("HMAC-SHA256 is not available", ex);
        }
    }

}
