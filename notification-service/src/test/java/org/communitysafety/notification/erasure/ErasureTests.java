package org.communitysafety.notification.erasure;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.bson.Document;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.TestTokens;
import org.communitysafety.notification.Mailbox;
import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.PartnershipTopic;
import org.communitysafety.notification.delivery.Alert;
import org.communitysafety.notification.delivery.Deliveries;
import org.communitysafety.notification.delivery.Delivery;
import org.communitysafety.notification.delivery.DeliveryPolicy;
import org.communitysafety.notification.delivery.DeliveryState;
import org.communitysafety.notification.delivery.PendingDeliveries;
import org.communitysafety.notification.member.Member;
import org.communitysafety.notification.member.MemberRepository;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@NotificationServiceTest
class ErasureTests {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MemberRepository replica;

    @Autowired
    Deliveries deliveries;

    @Autowired
    AggregateStore store;

    @Autowired
    DeliveryPolicy policy;

    @Autowired
    Clock clock;

    private final Mailbox mailbox = Mailbox.shared();

    @Test
    void forgetsTheErasedPersonInTheReplicaAndEveryDeliveryCancelsWhatWaitsAndAlertsThemNoMore() {
        String email = PartnershipTopic.uniqueEmail();
        ObjectNode appointment = PartnershipTopic.memberAppointed(email);
        String served = PartnershipTopic.membershipIdOf(appointment);
        PartnershipTopic.publish(appointment);
        mailbox.awaitOneTo(email);
        Delivery sent = await().atMost(Duration.ofSeconds(10))
            .until(() -> deliveryTo(email, DeliveryState.SENT), delivery -> delivery != null);
        Delivery waiting = PendingDeliveries.retrying(store, policy, new Alert("APPOINTMENT",
                UUID.randomUUID().toString(), "memberships/" + served, served, email, "Subject", "Text", null),
                clock.instant());
        assertThat(storedDocumentsMentioning(email)).as("the scan finds what is stored")
            .contains("members/" + served, "deliveries/" + sent.id(), "deliveries/" + waiting.id());
        // The erasure also names a membership whose appointment this service has not read
        // yet.
        String appointedLate = UUID.randomUUID().toString();
        ObjectNode erasure = PartnershipTopic.personErased(served, appointedLate);
        String erasureId = erasure.get("data").get("erasureId").asString();

        PartnershipTopic.publish(erasure);

        await().atMost(Duration.ofSeconds(30))
            .until(() -> deliveries.get(waiting.id()).state(), DeliveryState.CANCELLED::equals);
        assertThat(replica.findById(served)).hasValueSatisfying(member -> assertErased(member, erasureId));
        assertThat(deliveries.get(sent.id())).satisfies(delivery -> {
            assertThat(delivery.state()).isEqualTo(DeliveryState.SENT);
            assertThat(delivery.alert().recipient()).isNull();
            assertThat(delivery.alert().body()).isNull();
            assertThat(delivery.erasureId()).isEqualTo(erasureId);
        });
        JsonNode logged = administrator().get("/api/v1/deliveries/" + sent.id()).json();
        assertThat(logged.get("recipient").isNull()).isTrue();
        assertThat(logged.get("causeEventId").asString()).isEqualTo(appointment.get("id").asString());
        assertThat(logged.get("sentAt").isNull()).as("when it was sent is still accounted for").isFalse();

        // Its appointment, read after the erasure (its partition lagged), brings nobody
        // back and tells nobody.
        PartnershipTopic.publish(PartnershipTopic.memberAppointed(email, appointedLate));
        String later = PartnershipTopic.uniqueEmail();
        PartnershipTopic.publish(appointedLate, PartnershipTopic.memberAppointed(later).toString());
        mailbox.awaitOneTo(later);
        assertThat(mailbox.to(email)).as("only the email sent before the erasure").hasSize(1);
        assertThat(replica.findById(appointedLate)).hasValueSatisfying(member -> assertErased(member, erasureId));
        assertThat(storedDocumentsMentioning(email)).isEmpty();
    }

    private static void assertErased(Member member, String erasureId) {
        assertThat(member.email()).isNull();
        assertThat(member.name()).isNull();
        assertThat(member.role()).isNull();
        assertThat(member.erasureId()).isEqualTo(erasureId);
        assertThat(member.erasedOn()).isNotNull();
    }

    private Delivery deliveryTo(String email, DeliveryState state) {
        return deliveries.list(email, state, PageRequest.of(0, 1)).stream().findFirst().orElse(null);
    }

    /**
     * Every document of every collection of this service's database (outboxes, history,
     * handled events...).
     */
    private List<String> storedDocumentsMentioning(String text) {
        List<String> found = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            for (Document document : mongo.getCollection(collection).find()) {
                if (document.toJson().toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT))) {
                    found.add(collection + "/" + document.get("_id"));
                }
            }
        }
        return found;
    }

    private ApiClient administrator() {
        return ApiClient.at("http://127.0.0.1:" + port)
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-county-council", "ADMINISTRATOR"));
    }

}
