package org.communitysafety.notification.erasure;

import java.time.Duration;

import org.bson.Document;
import org.communitysafety.notification.Mailbox;
import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.PartnershipTopic;
import org.communitysafety.notification.member.Member;
import org.communitysafety.notification.member.MemberRepository;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The log replayed after an erasure, as a replica rebuilt from the start of the topics
 * reads it: the erased person's key is a tombstone, everyone else's is there.
 */
@NotificationServiceTest
class ShreddedKeyTests {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MemberRepository replica;

    private final Mailbox mailbox = Mailbox.shared();

    @Test
    void replaysAnErasedPersonsAppointmentAsAnErasedSeatEmailingNobodyAndDeadLetteringNothing() throws Exception {
        String erasedEmail = PartnershipTopic.uniqueEmail();
        ObjectNode erasedAppointment = PartnershipTopic.memberAppointed(erasedEmail);
        String erased = PartnershipTopic.membershipIdOf(erasedAppointment);
        String keptEmail = PartnershipTopic.uniqueEmail();
        ObjectNode keptAppointment = PartnershipTopic.memberAppointed(keptEmail);
        String kept = PartnershipTopic.membershipIdOf(keptAppointment);
        PartnershipTopic.shredKey(erased);
        await().atMost(Duration.ofSeconds(30))
            .until(() -> keyringHolds(erased, "shredded") && keyringHolds(kept, "key"));

        PartnershipTopic.publish(erasedAppointment);
        PartnershipTopic.publish(keptAppointment);

        assertThat(mailbox.awaitOneTo(keptEmail).getSubject()).contains("appointed");
        Member seat = await().atMost(Duration.ofSeconds(30))
            .until(() -> replica.findById(erased).orElse(null), member -> member != null && member.erasedOn() != null);
        assertThat(seat.email()).isNull();
        assertThat(seat.name()).isNull();
        assertThat(seat.partnershipId()).isEqualTo("northampton-csp");
        assertThat(replica.findById(kept).orElseThrow().email()).isEqualTo(keptEmail);
        String eventId = erasedAppointment.get("id").asString();
        await().atMost(Duration.ofSeconds(30))
            .alias("both handlers took the erased person's appointment, neither retries it")
            .until(() -> handled("appointment-alert", eventId) && handled("member-replica", eventId));
        assertThat(mailbox.to(erasedEmail)).isEmpty();
        assertThat(TopicReader.everything(PlatformInfrastructure.shared().kafkaBootstrapServers(),
                "partnership.events.notification.dlt"))
            .noneMatch(record -> erased.equals(record.key()));
    }

    private boolean keyringHolds(String membershipId, String field) {
        Document entry = mongo.getCollection("personal-data-keyring").find(new Document("_id", membershipId)).first();
        return entry != null && entry.get(field) != null;
    }

    private boolean handled(String handler, String eventId) {
        return mongo.getCollection(InboundEvents.PROCESSED)
            .countDocuments(new Document("_id", handler + "/" + eventId)) == 1;
    }

}
