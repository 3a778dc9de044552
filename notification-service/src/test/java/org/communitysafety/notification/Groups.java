package org.communitysafety.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.communitysafety.notification.member.MemberRepository;
import org.communitysafety.notification.partnership.Partnerships;
import tools.jackson.databind.node.ObjectNode;

import static org.awaitility.Awaitility.await;

/**
 * Groups and their members for a test, made through the partnership service's events (its
 * published examples) and awaited in this service's replicas: each call makes new ones,
 * so tests sharing the broker and database never meet.
 */
public final class Groups {

    private final Partnerships partnerships;

    private final MemberRepository members;

    public Groups(Partnerships partnerships, MemberRepository members) {
        this.partnerships = partnerships;
        this.members = members;
    }

    /** A member of a group, as the replica holds them. */
    public record Seat(String membershipId, String email, String partnershipId) {
    }

    /** Forms a group of the kind with this name; returns its code. */
    public String form(String kind, String name) {
        return form(kind, name, null);
    }

    /**
     * Forms a group of the kind with this name, updated on community safety activity at
     * the cadence (e.g. {@code P6M}) from now on; returns its code.
     */
    public String form(String kind, String name, String reportingCadence) {
        String partnershipId = "group-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode formed = PartnershipTopic.example("partnership-formed.v1");
        formed.put("subject", "partnerships/" + partnershipId).put("partitionkey", partnershipId);
        ((ObjectNode) formed.get("data")).put("partnershipId", partnershipId)
            .put("name", name)
            .put("kind", kind)
            .put("reportingCadence", reportingCadence);
        if (reportingCadence != null) {
            formed.put("time", Instant.now().toString());
        }
        PartnershipTopic.publish(formed);
        await().atMost(Duration.ofSeconds(30)).until(() -> partnerships.nameOf(partnershipId).equals(name));
        return partnershipId;
    }

    /** Appoints a new person (a new address) to the group for the organisation. */
    public Seat appoint(String partnershipId, String organisationId, String roleOnGroup) {
        return appoint(partnershipId, organisationId, roleOnGroup, "Alex Example (fictional)");
    }

    public Seat appoint(String partnershipId, String organisationId, String roleOnGroup, String name) {
        String email = PartnershipTopic.uniqueEmail();
        ObjectNode appointed = PartnershipTopic.memberAppointed(email);
        ((ObjectNode) appointed.get("data")).put("partnershipId", partnershipId)
            .put("partnershipName", partnerships.nameOf(partnershipId))
            .put("organisationId", organisationId)
            .put("roleOnGroup", roleOnGroup);
        PartnershipTopic.withPerson(appointed, name, "Superintendent", email);
        PartnershipTopic.publish(appointed);
        String membershipId = PartnershipTopic.membershipIdOf(appointed);
        await().atMost(Duration.ofSeconds(30))
            .until(() -> members.findById(membershipId).map(member -> email.equals(member.email())).orElse(false));
        return new Seat(membershipId, email, partnershipId);
    }

}
