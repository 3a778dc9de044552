package org.communitysafety.notification;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.communitysafety.servicedefaults.personaldata.PersonalDataCipher;
import org.communitysafety.servicedefaults.personaldata.SealedPersonalData;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.PlatformInfrastructure;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes to {@code partnership.events} as the partnership service does, starting from
 * the examples it publishes with its contracts, so that these tests read exactly what the
 * producer promises to write.
 */
public final class PartnershipTopic {

    public static final String TOPIC = "partnership.events";

    public static final String KEY_TOPIC = "partnership.personal-data-keys";

    /** The key of each membership these tests have sealed personal data for. */
    private static final Map<String, byte[]> KEYS = new ConcurrentHashMap<>();

    private static final EventContracts PRODUCER = EventContracts.of("../partnership-service");

    private static KafkaProducer<String, String> producer;

    private PartnershipTopic() {
    }

    /**
     * The producer's member-appointed example as a new appointment: fresh event and
     * membership ids, this address.
     */
    public static ObjectNode memberAppointed(String email) {
        return memberAppointed(email, UUID.randomUUID().toString());
    }

    /**
     * The producer's member-appointed example as the appointment of this membership, to
     * this address.
     */
    public static ObjectNode memberAppointed(String email, String membershipId) {
        ObjectNode event = aboutMembership("member-appointed.v2", membershipId);
        return withPerson(event, "Alex Example (fictional)", "Chief Inspector, Northampton Local Policing Area", email);
    }

    /**
     * The event with these personal details, sealed with its membership's key as the
     * producer seals them; the key is published first, as the producer does.
     */
    public static ObjectNode withPerson(ObjectNode event, String name, String role, String email) {
        ObjectNode data = (ObjectNode) event.get("data");
        String membershipId = data.get("membershipId").asString();
        byte[] key = keyOf(membershipId);
        ObjectNode details = (ObjectNode) EventContracts.json("{}");
        details.put("name", name).put("role", role).put("email", email);
        SealedPersonalData sealed = PersonalDataCipher.seal(membershipId, key,
                details.toString().getBytes(StandardCharsets.UTF_8));
        data.putObject("personalData")
            .put("keyId", sealed.keyId())
            .put("algorithm", sealed.algorithm())
            .put("ciphertext", sealed.ciphertext());
        return event;
    }

    /** The membership's key, made and published on first use. */
    public static byte[] keyOf(String membershipId) {
        return KEYS.computeIfAbsent(membershipId, id -> {
            byte[] key = PersonalDataCipher.newKey();
            send(KEY_TOPIC, id, "{\"keyId\":\"" + id + "\",\"algorithm\":\"A256GCM\",\"key\":\""
                    + Base64.getEncoder().encodeToString(key) + "\"}");
            return key;
        });
    }

    /** Publishes the tombstone of the membership's key, as erasure does. */
    public static void shredKey(String membershipId) {
        keyOf(membershipId);
        send(KEY_TOPIC, membershipId, null);
    }

    /**
     * The producer's example of a membership event ({@code member-stood-down.v1},
     * {@code member-details-changed.v2}), as an event about this membership with a fresh
     * event id; personal details are sealed with the membership's key.
     */
    public static ObjectNode aboutMembership(String contract, String membershipId) {
        ObjectNode event = example(contract);
        event.put("subject", "memberships/" + membershipId);
        event.put("partitionkey", membershipId);
        ((ObjectNode) event.get("data")).put("membershipId", membershipId);
        if (event.get("data").has("personalData")) {
            withPerson(event, "Alex Example (fictional)", "Superintendent", "alex.example@example.org");
        }
        return event;
    }

    /** The producer's person-erased example as a new erasure of these memberships. */
    public static ObjectNode personErased(String... membershipIds) {
        ObjectNode event = example("person-erased.v1");
        String erasureId = UUID.randomUUID().toString();
        event.put("subject", "erasures/" + erasureId);
        event.put("partitionkey", erasureId);
        ObjectNode data = (ObjectNode) event.get("data");
        data.put("erasureId", erasureId);
        ArrayNode memberships = data.putArray("membershipIds");
        for (String membershipId : membershipIds) {
            memberships.add(membershipId);
        }
        return event;
    }

    public static String membershipIdOf(ObjectNode event) {
        return event.get("data").get("membershipId").asString();
    }

    /** The producer's example of another type, with a fresh event id. */
    public static ObjectNode example(String contract) {
        ObjectNode event = (ObjectNode) EventContracts.json(PRODUCER.example(contract));
        event.put("id", UUID.randomUUID().toString());
        return event;
    }

    public static String uniqueEmail() {
        return "member-" + UUID.randomUUID().toString().substring(0, 8) + "@police.example";
    }

    /** Publishes the event keyed by its partition key, as the outbox relay does. */
    public static void publish(ObjectNode event) {
        publish(event.get("partitionkey").asString(), event.toString());
    }

    /**
     * Publishes any value; records with one key stay in order, which lets a later record
     * show an earlier was read.
     */
    public static void publish(String key, String value) {
        send(TOPIC, key, value);
    }

    /** Publishes to another topic on the same broker (another service's events). */
    public static void publishTo(String topic, String key, String value) {
        send(topic, key, value);
    }

    /**
     * The trace context the event carries; none for a key's tombstone or a record that is
     * not JSON, which tests send as a broken producer would.
     */
    private static String traceparentOf(String value) {
        if (value == null) {
            return null;
        }
        try {
            JsonNode traceparent = EventContracts.json(value).path("traceparent");
            return traceparent.isString() ? traceparent.asString() : null;
        }
        catch (JacksonException notJson) {
            return null;
        }
    }

    /**
     * Sends the record as a producing service's relay does: the trace context goes in the
     * record's {@code traceparent} header (here the one the event itself carries), from
     * which the listener continues the trace.
     */
    private static synchronized void send(String topic, String key, String value) {
        if (producer == null) {
            producer = new KafkaProducer<>(
                    Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                            PlatformInfrastructure.shared().kafkaBootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer());
        }
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
            String traceparent = traceparentOf(value);
            if (traceparent != null) {
                record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
            }
            producer.send(record).get(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
        catch (ExecutionException | TimeoutException ex) {
            throw new IllegalStateException("Could not publish to " + topic, ex);
        }
    }

}
