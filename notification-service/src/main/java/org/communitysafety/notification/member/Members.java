package org.communitysafety.notification.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.communitysafety.notification.events.MemberAppointed;
import org.communitysafety.notification.events.MemberDetailsChanged;
import org.communitysafety.notification.events.MemberStoodDown;
import org.communitysafety.notification.events.PersonErased;
import org.communitysafety.notification.events.Representative;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * The member replica: kept in step with the partnership service's membership events, and
 * the one place that says whether a member has left. Each event is an upsert of the part
 * of a membership it is about (its details, or its end date), keyed by membership id and
 * applied only if it is not older than what that part already holds: applying an event
 * twice changes nothing twice, and a replayed old event (from a dead-letter topic, say)
 * cannot undo a later one. An erased membership takes no event at all any more.
 */
@Service
public class Members {

    private static final Logger log = LoggerFactory.getLogger(Members.class);

    /**
     * The erasure of a member known only from their shredded key, until the erasure
     * itself (its event) arrives and names it.
     */
    static final String KEY_SHREDDED = "key-shredded";

    private final MongoTemplate mongo;

    Members(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * The members of a group in force on a day (Europe/London calendar date): whoever is
     * to be told about the group's work. Members stood down before the day, not yet
     * started or erased are not among them.
     */
    public List<Member> ofGroupOn(String partnershipId, LocalDate day) {
        return currentOn(Criteria.where("partnershipId").is(partnershipId), day);
    }

    /** The members of any of these groups in force on a day. */
    public List<Member> ofGroupsOn(Collection<String> partnershipIds, LocalDate day) {
        return currentOn(Criteria.where("partnershipId").in(partnershipIds), day);
    }

    /**
     * The members in force on a day who represent the organisation, on whichever group.
     */
    public List<Member> ofOrganisationOn(String organisationId, LocalDate day) {
        return currentOn(Criteria.where("organisationId").is(organisationId), day);
    }

    private List<Member> currentOn(Criteria which, LocalDate day) {
        return mongo.find(Query.query(which), Member.class).stream().filter(member -> member.isCurrentOn(day)).toList();
    }

    /** The membership as the replica holds it, if it does. */
    public Optional<Member> find(String membershipId) {
        return Optional.ofNullable(mongo.findById(membershipId, Member.class));
    }

    /**
     * Whether the replica knows the membership to have ended before the day, or its
     * person to be erased.
     */
    public boolean hasLeftBy(String membershipId, LocalDate day) {
        Member member = mongo.findById(membershipId, Member.class);
        return member != null
                && (member.erasedOn() != null || member.endDate() != null && member.endDate().isBefore(day));
    }

    /** The erasure that emptied the membership, if its person has been erased. */
    public Optional<String> erasureOf(String membershipId) {
        if (membershipId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findById(membershipId, Member.class)).map(Member::erasureId);
    }

    /**
     * Takes an appointment; without its person (their key was shredded: they were erased)
     * only the seat is kept, marked erased, so that nobody is told about it.
     */
    void appointed(MemberAppointed appointed, Optional<Representative> person, Instant asOf) {
        applyDetails(appointed.membershipId(), asOf,
                person(person, asOf).set("partnershipId", appointed.partnershipId())
                    .set("partnershipName", appointed.partnershipName())
                    .set("organisationId", appointed.organisationId())
                    .set("roleOnGroup", appointed.roleOnGroup())
                    .set("delegatedAuthority", appointed.delegatedAuthority())
                    .set("authorityScope", appointed.authorityScope())
                    .set("startDate", appointed.startDate()));
        applyEndDate(appointed.membershipId(), asOf, appointed.endDate());
    }

    void detailsChanged(MemberDetailsChanged changed, Optional<Representative> person, Instant asOf) {
        applyDetails(changed.membershipId(), asOf,
                person(person, asOf).set("partnershipId", changed.partnershipId())
                    .set("organisationId", changed.organisationId())
                    .set("roleOnGroup", changed.roleOnGroup())
                    .set("delegatedAuthority", changed.delegatedAuthority())
                    .set("authorityScope", changed.authorityScope())
                    .set("startDate", changed.startDate()));
        applyEndDate(changed.membershipId(), asOf, changed.endDate());
    }

    private static Update person(Optional<Representative> person, Instant asOf) {
        return person
            .map(known -> new Update().set("name", known.name())
                .set("role", known.role())
                .set("email", normalised(known.email())))
            .orElseGet(() -> new Update().set("erasedOn", LocalDate.ofInstant(asOf, UkCalendar.ZONE))
                .set("erasureId", KEY_SHREDDED));
    }

    void stoodDown(MemberStoodDown stoodDown, Instant asOf) {
        applyEndDate(stoodDown.membershipId(), asOf, stoodDown.endDate());
    }

    /**
     * Forgets the person behind each membership, keeping only the seat and the erasure. A
     * membership not known yet (its events are on other partitions than the erasure's) is
     * recorded as erased, so that its appointment, when it arrives, brings nobody back.
     * @return the addresses the replica held for the person, for whoever must forget them
     * too
     */
    public Set<String> erase(PersonErased erased) {
        Set<String> addresses = new TreeSet<>();
        for (String membershipId : erased.membershipIds()) {
            Member before = mongo.findAndModify(Query.query(Criteria.where("_id").is(membershipId)),
                    new Update().unset("name")
                        .unset("role")
                        .unset("email")
                        .unset("authorityScope")
                        .set("erasedOn", erased.erasedOn())
                        .set("erasureId", erased.erasureId()),
                    FindAndModifyOptions.options().upsert(true).returnNew(false), Member.class);
            if (before != null && before.email() != null) {
                addresses.add(before.email());
            }
        }
        return addresses;
    }

    private void applyDetails(String membershipId, Instant asOf, Update update) {
        apply(membershipId, "detailsAsOf", asOf, update);
    }

    private void applyEndDate(String membershipId, Instant asOf, LocalDate endDate) {
        apply(membershipId, "endDateAsOf", asOf, new Update().set("endDate", endDate));
    }

    private void apply(String membershipId, String asOfField, Instant asOf, Update update) {
        Query notNewerNorErased = Query
            .query(Criteria.where("_id").is(membershipId).and(asOfField).not().gt(asOf).and("erasedOn").is(null));
        try {
            mongo.upsert(notNewerNorErased, update.set(asOfField, asOf), Member.class);
        }
        catch (DuplicateKeyException newerOrErased) {
            // The membership exists, newer or erased: the upsert's insert collided with
            // it.
            log.debug("Kept membership {}: erased, or {} is newer than {}", membershipId, asOfField, asOf);
        }
    }

    private static String normalised(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

}
