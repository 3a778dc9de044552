package org.communitysafety.partnership.membership;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Date;
import java.util.HexFormat;

import org.bson.Document;

/**
 * A place on a group's roll for a term: whose (the membership, and the person as a digest
 * of their email, so that the roll holds no personal data), whether it is the chair, and
 * the version of the membership it describes.
 */
record Seat(String membershipId, String person, boolean chair, Term term, long version) {

    static Seat of(Membership membership, long version) {
        return new Seat(membership.id(), personOf(membership.email()), membership.roleOnGroup() == RoleOnGroup.CHAIR,
                membership.term(), version);
    }

    static Seat of(Document claim) {
        String end = claim.getString("end");
        return new Seat(claim.getString("membershipId"), claim.getString("person"), claim.getBoolean("chair", false),
                new Term(LocalDate.parse(claim.getString("start")), end == null ? null : LocalDate.parse(end)),
                claim.get("version", Number.class).longValue());
    }

    Document toClaim(Date claimedAt) {
        return new Document("membershipId", membershipId).append("person", person)
            .append("chair", chair)
            .append("start", term.start().toString())
            .append("end", term.end() == null ? null : term.end().toString())
            .append("version", version)
            .append("claimedAt", claimedAt);
    }

    /** The same digest for the same (normalised) email; none for none. */
    static String personOf(String email) {
        if (email == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every Java runtime has SHA-256", ex);
        }
    }
}
