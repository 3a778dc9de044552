package org.communitysafety.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.communitysafety.notification.delivery.Delivery;
import org.communitysafety.notification.delivery.DeliveryState;
import org.communitysafety.notification.member.MemberRepository;
import org.communitysafety.notification.partnership.Partnerships;
import org.communitysafety.testkit.PlatformInfrastructureInitializer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.node.ObjectNode;

import static org.communitysafety.notification.OtherServicesTopics.data;

/**
 * How quickly alerts keep up: publishes {@code action-assigned} events to the real
 * {@code priority.events} topic at a steady rate, each alerting one member, and prints
 * the latency from publishing each event to the SMTP server accepting its email (the
 * delivery's {@code sentAt}): p50, p90, p99 and the worst. A measurement to read, not a
 * test: nothing here asserts. It starts the service in this JVM against the test kit's
 * broker, MongoDB wire server and SMTP server. Run it with the test classpath (events a
 * second, seconds):
 *
 * <pre>
 * ./mvnw -B -o -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt \
 *     -Dmdep.includeScope=test -pl notification-service -am
 * cd notification-service
 * java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     org.communitysafety.notification.AlertThroughputBenchmark 50 15
 * </pre>
 */
public final class AlertThroughputBenchmark {

    private AlertThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int perSecond = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        ConfigurableApplicationContext service = new SpringApplicationBuilder(NotificationServiceApplication.class)
            .initializers(new PlatformInfrastructureInitializer())
            .properties("server.port=0", "logging.level.root=WARN")
            .run();
        try {
            Groups groups = new Groups(service.getBean(Partnerships.class), service.getBean(MemberRepository.class));
            String csp = groups.form("DISTRICT_CSP", "Benchmark CSP");
            groups.appoint(csp, "northamptonshire-police", "MEMBER");
            MongoTemplate mongo = service.getBean(MongoTemplate.class);
            // Warm up the listener, the templates and the SMTP path before measuring.
            awaitSent(mongo, publish(csp, 20, 20), Duration.ofSeconds(60));

            Map<String, Instant> published = publish(csp, perSecond, seconds);
            List<Delivery> sent = awaitSent(mongo, published, Duration.ofMinutes(3));

            List<Delivery> done = sent.stream().filter(delivery -> delivery.state() == DeliveryState.SENT).toList();
            List<Long> latencies = sorted(done,
                    delivery -> Duration.between(published.get(delivery.alert().causeEventId()), delivery.sentAt()));
            List<Long> toQueue = sorted(done,
                    delivery -> Duration.between(published.get(delivery.alert().causeEventId()), delivery.queuedAt()));
            List<Long> toSend = sorted(done, delivery -> Duration.between(delivery.queuedAt(), delivery.sentAt()));
            System.out.printf("%n%d events at %d/s over %d s: %d emails sent (%d expected)%n", published.size(),
                    perSecond, seconds, latencies.size(), published.size());
            if (!latencies.isEmpty()) {
                print("event published -> email accepted by SMTP", latencies);
                print("  of which event published -> alert queued", toQueue);
                print("  and alert queued -> email accepted by SMTP", toSend);
                System.out.println();
            }
        }
        finally {
            service.close();
            System.exit(0);
        }
    }

    /** Publishes the events at the rate; returns when each was published, by event id. */
    private static Map<String, Instant> publish(String csp, int perSecond, int seconds) throws InterruptedException {
        Map<String, Instant> published = new ConcurrentHashMap<>();
        ScheduledExecutorService rate = Executors.newSingleThreadScheduledExecutor();
        int total = perSecond * seconds;
        rate.scheduleAtFixedRate(() -> {
            if (published.size() >= total) {
                return;
            }
            ObjectNode event = actionAssigned(csp);
            published.put(event.get("id").asString(), Instant.now());
            OtherServicesTopics.publish(event);
        }, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        while (published.size() < total) {
            Thread.sleep(50);
        }
        rate.shutdown();
        rate.awaitTermination(10, TimeUnit.SECONDS);
        return published;
    }

    private static List<Delivery> awaitSent(MongoTemplate mongo, Map<String, Instant> published, Duration atMost)
            throws InterruptedException {
        Query theirs = Query.query(Criteria.where("alert.causeEventId").in(published.keySet()));
        Instant giveUp = Instant.now().plus(atMost);
        List<Delivery> deliveries = List.of();
        while (Instant.now().isBefore(giveUp)) {
            deliveries = mongo.find(theirs, Delivery.class);
            if (deliveries.size() == published.size()
                    && deliveries.stream().allMatch(delivery -> delivery.state() == DeliveryState.SENT)) {
                break;
            }
            Thread.sleep(200);
        }
        return deliveries;
    }

    private static ObjectNode actionAssigned(String csp) {
        String actionId = UUID.randomUUID().toString();
        return OtherServicesTopics.priorityEvent("action-assigned", "actions/" + actionId,
                data().put("actionId", actionId)
                    .put("title", "Benchmark action")
                    .put("priorityId", "reducing-violent-crime")
                    .put("partnershipId", csp)
                    .put("ownerOrganisationId", "northamptonshire-police")
                    .put("dueDate", "2027-03-31"));
    }

    private static List<Long> sorted(List<Delivery> deliveries, Function<Delivery, Duration> latency) {
        return deliveries.stream().map(latency).map(Duration::toMillis).sorted().toList();
    }

    private static void print(String what, List<Long> sorted) {
        System.out.printf("%s, ms: p50 %d, p90 %d, p99 %d, max %d%n", what, percentile(sorted, 50),
                percentile(sorted, 90), percentile(sorted, 99), sorted.get(sorted.size() - 1));
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

}
