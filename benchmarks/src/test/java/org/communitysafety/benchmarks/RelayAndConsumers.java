package org.communitysafety.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.OpenInjectionStep;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Events per second from an acknowledged write to Kafka (partnership-service's outbox
 * relay) and from Kafka to handled (each of the three services that consume its events),
 * at rising load: organisations registered directly with partnership-service at each rate
 * of {@code benchmark.relay-rates} in turn, while the services' meters are read every
 * second ({@link EventFlow}). Each registration is one event that three consumers handle.
 * The backlog shows as the outbox's waiting events and oldest age, and as each consumer's
 * lag. Starts once the events of the phases before have drained (how long that took is a
 * figure too), and ends once these have.
 */
public class RelayAndConsumers extends Simulation {

    static final double[] RATES = rates(System.getProperty("benchmark.relay-rates", "5,15,30,60"));

    private static final Duration DRAIN_TIMEOUT = Duration.ofMinutes(4);

    private final Duration step = BenchmarkSettings.scaled(Duration.ofSeconds(20));

    private final String token = Api.token(Api.ADMINISTRATOR);

    private final EventFlow flow = new EventFlow();

    private final ScheduledExecutorService reader = Executors.newSingleThreadScheduledExecutor();

    private final AtomicLong loadStartedAt = new AtomicLong();

    private final Figures figures = Figures.current();

    {
        List<OpenInjectionStep> steps = new ArrayList<>();
        for (double rate : RATES) {
            steps.add(constantUsersPerSec(rate).during(step));
        }
        setUp(scenario("relay start").exec(exec(session -> {
            loadStartedAt.set(System.currentTimeMillis());
            return session;
        })).injectOpen(atOnceUsers(1)),
                scenario("relay writes")
                    .exec(Load.timed(
                            http("relay write").post(BenchmarkSettings.partnershipService() + "/api/v1/organisations")
                                .header("Authorization", Load.bearer(token))
                                .body(StringBody(session -> Api.organisation(Api.unique("relay-org"))))
                                .check(status().is(201)),
                            "relay write"))
                    .injectOpen(steps.toArray(OpenInjectionStep[]::new)))
            .protocols(Load.protocol());
    }

    @Override
    public void before() {
        long began = System.currentTimeMillis();
        boolean drained = waitUntilQuiet();
        figures.put("relay.drain-before.seconds", (System.currentTimeMillis() - began) / 1000.0)
            .put("relay.drain-before.drained", String.valueOf(drained));
        figures.save();
        // A reading that fails must not end the schedule: it is a gap, which the rates
        // read past.
        reader.scheduleAtFixedRate(() -> {
            try {
                flow.add(EventFlow.read());
            }
            catch (RuntimeException ex) {
                System.out.println("[benchmark] a reading of the meters failed: " + ex);
            }
        }, 0, 1, TimeUnit.SECONDS);
    }

    @Override
    public void after() {
        long loadEnded = loadStartedAt.get() + step.toMillis() * RATES.length;
        boolean drained = waitUntilQuiet();
        long quietAt = System.currentTimeMillis();
        reader.shutdownNow();
        Figures latest = Figures.current();
        latest.put("relay.drain-before.seconds", figures.get("relay.drain-before.seconds"));
        latest.put("relay.drain-before.drained", figures.get("relay.drain-before.drained"));
        latest.put("relay.steps", RATES.length).put("relay.step.seconds", step.toSeconds());
        Samples.Summary writes = Samples.of("relay write");
        for (int index = 0; index < RATES.length; index++) {
            long from = loadStartedAt.get() + index * step.toMillis();
            long to = from + step.toMillis();
            String prefix = "relay.step" + (index + 1);
            long acknowledged = writes.samples()
                .stream()
                .filter(sample -> sample.ok() && sample.endedAtMillis() >= from && sample.endedAtMillis() < to)
                .count();
            latest.put(prefix + ".rate", RATES[index])
                .put(prefix + ".acknowledged-per-second", acknowledged * 1000.0 / (to - from))
                .put(prefix + ".relayed-per-second", flow.ratePerSecond(EventFlow.SENT, from, to))
                .put(prefix + ".pending.max", flow.maxBetween(EventFlow.PENDING, from, to))
                .put(prefix + ".oldest-age.max", flow.maxBetween(EventFlow.OLDEST_AGE, from, to));
            for (String service : EventFlow.CONSUMERS.keySet()) {
                latest
                    .put(prefix + "." + service + ".handled-per-second",
                            flow.ratePerSecond(EventFlow.handled(service), from, to))
                    .put(prefix + "." + service + ".lag.max", flow.maxBetween(EventFlow.lag(service), from, to));
            }
        }
        latest.put("relay.writes", writes.count()).put("relay.writes-failed", writes.failed());
        latest.put("relay.drain-after.seconds", (quietAt - loadEnded) / 1000.0)
            .put("relay.drain-after.drained", String.valueOf(drained));
        latest.save();
    }

    /** Reads the meters every second until nothing waits or the time is up. */
    private boolean waitUntilQuiet() {
        long deadline = System.currentTimeMillis() + DRAIN_TIMEOUT.toMillis();
        EventFlow.Reading before = EventFlow.read();
        while (System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(1000);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return false;
            }
            EventFlow.Reading now = EventFlow.read();
            flow.add(now);
            if (EventFlow.quiet(before, now)) {
                return true;
            }
            before = now;
        }
        return false;
    }

    private static double[] rates(String list) {
        return java.util.Arrays.stream(list.split(",")).map(String::trim).mapToDouble(Double::parseDouble).toArray();
    }

}
