package org.communitysafety.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import jakarta.mail.internet.MimeMessage;
import org.communitysafety.localinfrastructure.FreePorts;
import org.communitysafety.testkit.MovableClock;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.notification.Mailbox;
import org.communitysafety.servicedefaults.caller.CallerResolver;
import org.communitysafety.servicedefaults.events.CloudEvents;
import org.communitysafety.servicedefaults.events.EventsProperties;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.tracing.Traces;
import org.communitysafety.servicedefaults.outbox.OutboxCollections;
import org.communitysafety.servicedefaults.outbox.PendingEvents;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;
import org.springframework.mail.javamail.JavaMailSender;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery log without the rest of the service: the real MongoDB wire server (a
 * database of its own), a real SMTP server on a port of its own that a test opens when it
 * wants mail to work, and a clock the test moves, so that back-off, leases and racing
 * replicas are shown without waiting and without the service's own dispatcher joining in.
 */
final class StandaloneDeliveries implements AutoCloseable {

    /**
     * Attempts at 0 s, 30 s, 90 s and 210 s, failed then; a lease outlasts one back-off.
     */
    static final DeliveryPolicy POLICY = new DeliveryPolicy(Duration.ofMinutes(3), Duration.ofSeconds(30),
            Duration.ofMinutes(5), Duration.ofMinutes(2), 20, Duration.ofSeconds(1), 4);

    final MovableClock clock = new MovableClock(Instant.parse("2015-06-01T09:30:00Z"));

    final MongoTemplate mongo;

    final AggregateStore store;

    final Deliveries deliveries;

    final ChangeHistory history;

    private final MongoClient client;

    private final int smtpPort = FreePorts.next();

    /**
     * The members whose person was erased, by membership, with the erasure; the
     * dispatcher asks before sending.
     */
    final Map<String, String> erasures = new ConcurrentHashMap<>();

    private GreenMail smtp;

    /** The mail the SMTP server had received when it was stopped. */
    final List<MimeMessage> receivedBeforeStops = new CopyOnWriteArrayList<>();

    private final List<KeptSmtpConnections> senders = new CopyOnWriteArrayList<>();

    /**
     * Wakes the replicas of this delivery log when an alert is queued, as one replica's
     * queueing wakes its own dispatcher.
     */
    final DispatchSignal signal = new DispatchSignal();

    /**
     * How many connections to the SMTP server the replicas have opened, counted by the
     * server as it accepts them.
     */
    final AtomicInteger connections = new AtomicInteger();

    private final DeliveryPolicy policy;

    /** Replicas built by hand here record no spans; the service's own tests trace. */
    private static final Traces UNTRACED = new Traces(Tracer.NOOP, Propagator.NOOP);

    StandaloneDeliveries() {
        this(POLICY);
    }

    StandaloneDeliveries(DeliveryPolicy policy) {
        this.policy = policy;
        client = MongoClients.create(PlatformInfrastructure.shared().mongoUri("deliveries"));
        mongo = new MongoTemplate(client, "deliveries-" + UUID.randomUUID().toString().substring(0, 8));
        CloudEvents cloudEvents = new CloudEvents(JsonMapper.builder().build(), "/services/notification", clock);
        store = new AggregateStore(mongo, cloudEvents, new CallerResolver("notification-service"),
                new EventsProperties("notification.events", "/services/notification", 3, null, null, null, null, 0,
                        null),
                new OutboxCollections(), UNTRACED);
        deliveries = new Deliveries(repository(), mongo, store, clock, signal);
        history = new ChangeHistory(mongo, cloudEvents, new PendingEvents(mongo));
    }

    /**
     * A replica's dispatch loop, woken when this delivery log queues an alert; started by
     * the test, stopped by it.
     */
    DispatchLoop loopOf(DeliveryDispatcher replica) {
        return new DispatchLoop(replica, signal, policy);
    }

    /**
     * A dispatcher as one replica of the service runs it, sending to this SMTP port over
     * connections it keeps open between rounds.
     */
    DeliveryDispatcher replica() {
        KeptSmtpConnections sender = new KeptSmtpConnections(Duration.ofMinutes(1));
        sender.setHost("127.0.0.1");
        sender.setPort(smtpPort);
        Properties timeouts = new Properties();
        timeouts.put("mail.smtp.connectiontimeout", "2000");
        timeouts.put("mail.smtp.timeout", "2000");
        sender.setJavaMailProperties(timeouts);
        senders.add(sender);
        return replica(sender);
    }

    /** A dispatcher sending through the given sender. */
    DeliveryDispatcher replica(JavaMailSender sender) {
        return new DeliveryDispatcher(repository(), store,
                new Mailer(sender, "Community Safety Platform <alerts@communitysafety.example>", UNTRACED), policy,
                membershipId -> Optional.ofNullable(erasures.get(membershipId)), clock, UNTRACED);
    }

    void startSmtp() {
        if (smtp == null) {
            smtp = new ConnectionCountingGreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                    connections);
        }
        smtp.start();
    }

    /**
     * Stops the SMTP server (closing every connection to it); {@link #startSmtp()} starts
     * it again on the same port, empty: what it had received is kept in
     * {@link #receivedBeforeStops}.
     */
    void stopSmtp() {
        receivedBeforeStops.addAll(List.of(smtp.getReceivedMessages()));
        smtp.stop();
    }

    Mailbox mailbox() {
        return Mailbox.of(smtp);
    }

    /**
     * The delivery's history as event types without their namespace, e.g.
     * {@code alert-sent.v1}.
     */
    List<String> historyOf(String deliveryId) {
        return history.of(Delivery.COLLECTION, deliveryId)
            .stream()
            .map(change -> change.type().replace("org.communitysafety.notification.", ""))
            .toList();
    }

    /**
     * One email of a routine mailing (an update of community safety activity) to the
     * recipient.
     */
    static Alert updateTo(String recipient) {
        String membershipId = UUID.randomUUID().toString();
        return new Alert("ACTIVITY_UPDATE", "county-strategy-group_2015-04-01", "activity-updates/county", membershipId,
                recipient, "Update on community safety activity", "Dear member,\n", null);
    }

    static Alert alertTo(String recipient) {
        String membershipId = UUID.randomUUID().toString();
        return new Alert("APPOINTMENT", UUID.randomUUID().toString(), "memberships/" + membershipId, membershipId,
                recipient, "You have been appointed to Northampton CSP", "Dear Alex,\n", null);
    }

    private DeliveryRepository repository() {
        return new MongoRepositoryFactory(mongo).getRepository(DeliveryRepository.class);
    }

    @Override
    public void close() {
        senders.forEach(KeptSmtpConnections::destroy);
        if (smtp != null) {
            smtp.stop();
        }
        mongo.getDb().drop();
        client.close();
    }

}
