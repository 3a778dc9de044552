package org.communitysafety.partnership.membership;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps two rules of a group's roll true when appointments race: one chair at a time, and
 * nobody (by email) on the group twice at once. Checking the memberships and then writing
 * one is not enough, since two requests can both check before either writes. So each
 * group has a small roll document in {@code group_rolls} whose version every appointment,
 * and every change of email or role on the group, must advance with a compare-and-set,
 * adding a claim for the membership as it will be written. Of two racing requests one
 * wins; the other, which did nothing wrong, reads the roll again with the winner's claim
 * and tries again, so that a burst of appointments to one group all succeed unless one
 * really breaks a rule (422). Only a roll that keeps changing under the same request for
 * {@value #ATTEMPTS} attempts is answered 409.
 *
 * <p>
 * A claim stands for its membership until the membership has been written at the version
 * claimed (the membership then speaks for itself), or until it is a minute old (a request
 * that claimed and then failed). Standing down and erasure only shorten memberships, so
 * they cannot break either rule and need no claim.
 */
@Component
class GroupRoll {

    static final String COLLECTION = "group_rolls";

    private static final Duration CLAIM_LIFETIME = Duration.ofMinutes(1);

    /** Enough for a few dozen appointments to one group at the same moment. */
    static final int ATTEMPTS = 40;

    /** Losers wait a little, at random, so that they do not collide again in step. */
    private static final int MAX_PAUSE_MILLIS = 20;

    private final MongoTemplate mongo;

    private final MembershipRepository memberships;

    private final Clock clock;

    GroupRoll(MongoTemplate mongo, MembershipRepository memberships, Clock clock) {
        this.mongo = mongo;
        this.memberships = memberships;
        this.clock = clock;
    }

    /**
     * Admits the membership as it will be once written at the version given, or refuses
     * it.
     */
    void admit(Membership proposed, long versionOnceWritten, String groupName) {
        for (int attempt = 1; !tryAdmit(proposed, versionOnceWritten, groupName); attempt++) {
            if (attempt == ATTEMPTS) {
                throw new ConcurrentChange("Someone else kept changing who sits on '" + groupName
                        + "' at the same moment; read its members again and retry");
            }
            pause(attempt);
        }
    }

    /**
     * Checks the rules against the roll as read and claims a seat; false if the roll
     * changed in between.
     */
    private boolean tryAdmit(Membership proposed, long versionOnceWritten, String groupName) {
        MongoCollection<Document> rolls = mongo.getCollection(COLLECTION);
        Document roll = rollOf(rolls, proposed.partnershipId());
        long version = roll.get("version", Number.class).longValue();
        Instant now = clock.instant();
        List<Document> claims = new ArrayList<>(roll.getList("claims", Document.class, List.of())
            .stream()
            .filter(claim -> claim.getDate("claimedAt").toInstant().isAfter(now.minus(CLAIM_LIFETIME)))
            .toList());
        Seat candidate = Seat.of(proposed, versionOnceWritten);
        for (Seat seat : seatsOn(proposed.partnershipId(), claims).values()) {
            if (seat.membershipId().equals(candidate.membershipId()) || !seat.term().overlaps(candidate.term())) {
                continue;
            }
            if (candidate.person() != null && candidate.person().equals(seat.person())) {
                throw new RuleViolated(proposed.email() + " is already a member of '" + groupName + "' " + seat.term());
            }
            if (candidate.chair() && seat.chair()) {
                throw new RuleViolated(
                        "'" + groupName + "' already has a chair " + seat.term() + "; stand them down first");
            }
        }
        claims.add(candidate.toClaim(Date.from(now)));
        return rolls
            .updateOne(Filters.and(Filters.eq("_id", roll.get("_id")), Filters.eq("version", version)),
                    Updates.combine(Updates.set("version", version + 1), Updates.set("claims", claims)))
            .getMatchedCount() == 1;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextInt(1, Math.min(attempt * 2, MAX_PAUSE_MILLIS) + 1));
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new ConcurrentChange("Interrupted while waiting to retry an appointment; retry");
        }
    }

    /** Forgets an erased person's claims at once rather than when they expire. */
    void forget(String email) {
        mongo.getCollection(COLLECTION)
            .updateMany(Filters.empty(), Updates.pull("claims", new Document("person", Seat.personOf(email))));
    }

    /**
     * Every seat on the group: the memberships, overlaid by claims they have not caught
     * up with yet.
     */
    private Map<String, Seat> seatsOn(String partnership, List<Document> claims) {
        Map<String, Seat> seats = new LinkedHashMap<>();
        for (Membership membership : memberships.findByPartnershipId(partnership)) {
            seats.put(membership.id(), Seat.of(membership, membership.version()));
        }
        for (Document claim : claims) {
            Seat claimed = Seat.of(claim);
            Seat written = seats.get(claimed.membershipId());
            if (written == null || written.version() < claimed.version()) {
                seats.put(claimed.membershipId(), claimed);
            }
        }
        return seats;
    }

    private static Document rollOf(MongoCollection<Document> rolls, String partnership) {
        Document roll = rolls.find(Filters.eq("_id", partnership)).first();
        if (roll != null) {
            return roll;
        }
        Document started = new Document("_id", partnership).append("version", 0L).append("claims", List.of());
        try {
            rolls.insertOne(started);
            return started;
        }
        catch (MongoWriteException ex) {
            if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
            return rolls.find(Filters.eq("_id", partnership)).first();
        }
    }

}
