package org.communitysafety.scrutiny.replica;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communitysafety.scrutiny.Fixtures;
import org.communitysafety.scrutiny.Fixtures.Body;
import org.communitysafety.scrutiny.Fixtures.Scheduled;
import org.communitysafety.scrutiny.ScrutinyServiceTest;
import org.communitysafety.scrutiny.Upstream;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communitysafety.scrutiny.Fixtures.assertRuleViolated;
import static org.communitysafety.scrutiny.Fixtures.send;

/**
 * The replica follows the partnership and priority services' events: newest wins, a
 * repeat changes nothing, a retired priority can no longer be referred to, and what
 * cannot be read is dead-lettered with the reason.
 */
@ScrutinyServiceTest
class ReplicaTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Replica replica;

    @Test
    void keepsTheNewestNameWhateverOrderTheEventsArriveInAndIgnoresRepeats() {
        String code = Fixtures.unique("csp");
        ObjectNode formed = Upstream.partnershipFormed(code, "northampton-borough-council");
        formed.put("time", Instant.now().minusSeconds(60).toString());
        ObjectNode renamed = Upstream.partnershipExample("partnership-updated.v1");
        renamed.put("subject", "partnerships/" + code).put("partitionkey", code);
        ((ObjectNode) renamed.get("data")).put("partnershipId", code)
            .put("name", "Renamed " + code)
            .put("managedBy", "northampton-borough-council");

        // Events about one partnership share its key, so they arrive in the order sent:
        // the older formation after the rename, then a status change last.
        ObjectNode statusChanged = Upstream.partnershipExample("partnership-status-changed.v1");
        statusChanged.put("subject", "partnerships/" + code).put("partitionkey", code);
        statusChanged.put("time", Instant.now().plusSeconds(1).truncatedTo(ChronoUnit.MILLIS).toString());
        ((ObjectNode) statusChanged.get("data")).put("partnershipId", code).remove("name");

        Upstream.publish(Upstream.PARTNERSHIP_TOPIC, renamed);
        Upstream.publish(Upstream.PARTNERSHIP_TOPIC, formed);
        Upstream.publish(Upstream.PARTNERSHIP_TOPIC, renamed);
        Upstream.publish(Upstream.PARTNERSHIP_TOPIC, statusChanged);
        Instant last = Instant.parse(statusChanged.get("time").asString());
        await().atMost(Duration.ofSeconds(30))
            .until(() -> replica.find(ReferenceKind.PARTNERSHIP, code)
                .map(known -> known.asOf().equals(last))
                .orElse(false));

        KnownReference known = replica.find(ReferenceKind.PARTNERSHIP, code).orElseThrow();
        assertThat(known.name()).isEqualTo("Renamed " + code);
        assertThat(known.managedBy()).isEqualTo("northampton-borough-council");
    }

    @Test
    void refusesAReferenceToARetiredPriority() {
        String partnership = fixtures.knownPartnership(fixtures.knownOrganisation());
        String priority = fixtures.knownPriority(partnership);
        Upstream.publish(Upstream.PRIORITY_TOPIC,
                Upstream.priorityEvent("priority-retired.v1", "priorities", priority,
                        Map.of("priorityId", priority, "title", "Reduce anti-social behaviour", "partnershipId",
                                partnership, "retiredOn", "2016-03-31")));
        await().atMost(Duration.ofSeconds(30))
            .until(() -> replica.find(ReferenceKind.PRIORITY, priority).orElseThrow().retired());
        Body body = fixtures.committee();
        Scheduled meeting = fixtures.meeting(body, 30);

        assertRuleViolated(
                send(fixtures.officerOf(body.host()), "POST", "/api/v1/meetings/" + meeting.id() + "/items",
                        Map.of("title", "Old priority", "references",
                                List.of(Map.of("kind", "PRIORITY", "id", priority))),
                        meeting.etag()),
                "No priority '" + priority + "'");
    }

    @Test
    void deadLettersAnEventItCannotReadWithTheReasonAndGoesOn() {
        String key = UUID.randomUUID().toString();
        ObjectNode noId = Upstream.organisationRegistered(Fixtures.unique("org"));
        ((ObjectNode) noId.get("data")).remove("organisationId");

        Upstream.publish(Upstream.PARTNERSHIP_TOPIC, key, noId.toString());
        Upstream.publish(Upstream.PARTNERSHIP_TOPIC, key, "not a CloudEvent");
        fixtures.knownOrganisation();

        try (TopicReader reader = new TopicReader(PlatformInfrastructure.shared().kafkaBootstrapServers(),
                "partnership.events.scrutiny.dlt")) {
            List<ConsumerRecord<String, String>> dead = reader
                .readUntil(read -> read.stream().filter(record -> key.equals(record.key())).count() >= 2,
                        Duration.ofSeconds(30))
                .stream()
                .filter(record -> key.equals(record.key()))
                .toList();
            assertThat(dead).extracting(ConsumerRecord::value).containsExactly(noId.toString(), "not a CloudEvent");
            assertThat(new String(dead.get(0).headers().lastHeader("kafka_dlt-exception-message").value(),
                    StandardCharsets.UTF_8))
                .contains("organisationId is required");
        }
    }

}
