package org.communitysafety.notification.member;

import java.time.Duration;
import java.time.LocalDate;

import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.PartnershipTopic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The replica follows a member's life as the producer's examples tell it, through the
 * topic.
 */
@NotificationServiceTest
class MemberReplicaTests {

    @Autowired
    Members members;

    @Autowired
    MemberRepository replica;

    @Test
    void takesAMembersChangedDetails() {
        String membershipId = appoint();
        String newAddress = PartnershipTopic.uniqueEmail();

        PartnershipTopic.publish(detailsChanged(membershipId, "2015-09-15T14:00:00Z", "Superintendent", newAddress));

        Member changed = await().atMost(Duration.ofSeconds(30))
            .until(() -> replica.findById(membershipId).orElseThrow(), member -> member.email().equals(newAddress));
        assertThat(changed.role()).isEqualTo("Superintendent");
        assertThat(changed.roleOnGroup()).isEqualTo("VICE_CHAIR");
        assertThat(changed.partnershipName()).as("kept from the appointment").isEqualTo("Northampton CSP");
    }

    @Test
    void endsTheMembershipOfAMemberWhoStandsDownAndLeavesThemOutOfTheGroupAfterIt() {
        String membershipId = appoint();

        PartnershipTopic.publish(PartnershipTopic.aboutMembership("member-stood-down.v1", membershipId));

        await().atMost(Duration.ofSeconds(30))
            .until(() -> replica.findById(membershipId).orElseThrow().endDate(), LocalDate.of(2015, 12, 31)::equals);
        assertThat(members.hasLeftBy(membershipId, LocalDate.of(2015, 12, 31))).isFalse();
        assertThat(members.hasLeftBy(membershipId, LocalDate.of(2016, 1, 1))).isTrue();
    }

    @Test
    void changesNothingForAnOlderChangeOfDetailsThatArrivesAfterANewerOne() {
        String membershipId = appoint();
        String newerAddress = PartnershipTopic.uniqueEmail();

        PartnershipTopic.publish(detailsChanged(membershipId, "2015-09-15T14:00:00Z", "Superintendent", newerAddress));
        PartnershipTopic
            .publish(detailsChanged(membershipId, "2015-07-01T09:00:00Z", "Inspector", PartnershipTopic.uniqueEmail()));
        // Read after the older change on the same key: once it shows, the older change
        // has been read.
        PartnershipTopic.publish(PartnershipTopic.aboutMembership("member-stood-down.v1", membershipId));

        Member member = await().atMost(Duration.ofSeconds(30))
            .until(() -> replica.findById(membershipId).orElseThrow(), read -> read.endDate() != null);
        assertThat(member.role()).isEqualTo("Superintendent");
        assertThat(member.email()).isEqualTo(newerAddress);
    }

    private String appoint() {
        ObjectNode appointment = PartnershipTopic.memberAppointed(PartnershipTopic.uniqueEmail());
        String membershipId = PartnershipTopic.membershipIdOf(appointment);
        PartnershipTopic.publish(appointment);
        await().atMost(Duration.ofSeconds(30)).until(() -> replica.existsById(membershipId));
        return membershipId;
    }

    private static ObjectNode detailsChanged(String membershipId, String time, String role, String email) {
        ObjectNode event = PartnershipTopic.aboutMembership("member-details-changed.v2", membershipId);
        event.put("time", time);
        return PartnershipTopic.withPerson(event, "Alex Example (fictional)", role, email);
    }

}
