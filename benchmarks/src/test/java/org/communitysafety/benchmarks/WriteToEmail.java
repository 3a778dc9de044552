package org.communitysafety.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * From an appointment's 201 to its alert's arrival at the SMTP server, at steady arrival
 * rates of appointments through the gateway (each to a new address, spread over twenty
 * partnerships so that they do not race for one group's roll). After each rate, waits
 * until every alert has arrived or a limit passes; an alert that never arrives is lost.
 * Each alert's time is split by the delivery log's own clock readings: 201 to queued (the
 * relay, Kafka and the consumer), queued to sent (the dispatcher's queue and the send),
 * sent to seen (the SMTP server and this run's polling).
 */
public class WriteToEmail extends Simulation {

    static final int PARTNERSHIPS = 20;

    static final Duration DRAIN_LIMIT = Duration.ofSeconds(240);

    private final double[] rates = Arrays.stream(System.getProperty("benchmark.email-rates", "5,50").split(","))
        .mapToDouble(Double::parseDouble)
        .toArray();

    private final Duration[] durations = Arrays
        .stream(System.getProperty("benchmark.email-seconds", "60,30").split(","))
        .map(seconds -> BenchmarkSettings.scaled(Duration.ofSeconds(Long.parseLong(seconds))))
        .toArray(Duration[]::new);

    private final String admin = Api.token(Api.ADMINISTRATOR);

    private final String manager = Api.token(Api.GROUP_MANAGER);

    private final String organisation = Api.unique("bench-police");

    private final List<String> partnerships = new ArrayList<>();

    private final MailArrivals arrivals = new MailArrivals();

    private final Map<String, Integer> phaseOf = new ConcurrentHashMap<>();

    private final AtomicLong sequence = new AtomicLong();

    {
        for (int i = 0; i < PARTNERSHIPS; i++) {
            partnerships.add(Api.partnershipWithMember(admin, organisation));
        }
        PopulationBuilder chain = null;
        for (int phase = 0; phase < rates.length; phase++) {
            PopulationBuilder appoint = appointments(phase).injectOpen(nothingFor(Duration.ofSeconds(2)),
                    constantUsersPerSec(rates[phase]).during(durations[phase]));
            PopulationBuilder drain = drain(phase).injectOpen(atOnceUsers(1));
            chain = chain == null ? appoint.andThen(drain) : chain.andThen(appoint).andThen(drain);
        }
        setUp(chain).protocols(Load.protocol());
    }

    @Override
    public void before() {
        try {
            long[] smtp = SmtpProbe.send(30);
            Arrays.sort(smtp);
            Figures figures = Figures.current();
            figures.put("email.smtp-probe.p50", Samples.Summary.percentileOf(smtp, 50));
            figures.put("email.smtp-probe.p99", Samples.Summary.percentileOf(smtp, 99));
            figures.save();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        arrivals.start();
    }

    private String label(int phase) {
        return "appoint at " + (long) rates[phase] + "/s";
    }

    private ScenarioBuilder appointments(int phase) {
        String label = label(phase);
        return scenario(label).exec(session -> {
            long n = sequence.incrementAndGet();
            return session.set("email", "bench-" + Api.unique("m").substring(2) + n + "@example.org")
                .set("partnership", partnerships.get((int) (n % partnerships.size())));
        })
            .exec(Load
                .timed(http(label).post(BenchmarkSettings.gateway() + "/api/v1/partnerships/#{partnership}/members")
                    .header("Authorization", Load.bearer(manager))
                    .body(StringBody(session -> Api.member(organisation, session.getString("email"))))
                    .check(status().is(201)), label))
            .exec(session -> {
                if (!session.isFailed()) {
                    phaseOf.put(session.getString("email"), phase);
                    arrivals.await(session.getString("email"), System.currentTimeMillis());
                }
                return session;
            });
    }

    private ScenarioBuilder drain(int phase) {
        return scenario("until every alert of " + label(phase) + " arrived")
            .exec(session -> session.set("until", System.currentTimeMillis() + DRAIN_LIMIT.toMillis()))
            .exec(asLongAs(session -> arrivals.pending() > 0 && System.currentTimeMillis() < session.getLong("until"))
                .on(pause(Duration.ofMillis(500))));
    }

    @Override
    public void after() {
        arrivals.stop();
        // The run may have outlasted the token's quarter of an hour.
        String reader = Api.token(Api.ADMINISTRATOR);
        Figures figures = Figures.current();
        for (int phase = 0; phase < rates.length; phase++) {
            String prefix = "email.phase" + (phase + 1);
            int current = phase;
            List<String> emails = phaseOf.entrySet()
                .stream()
                .filter(entry -> entry.getValue() == current)
                .map(Map.Entry::getKey)
                .toList();
            List<Long> total = new ArrayList<>();
            List<Long> toQueued = new ArrayList<>();
            List<Long> queuedToSent = new ArrayList<>();
            List<Long> sentToSeen = new ArrayList<>();
            List<Long> sentTimes = new ArrayList<>();
            for (String email : emails) {
                long written = arrivals.awaited().get(email);
                Long seen = arrivals.arrived().get(email);
                if (seen != null) {
                    total.add(seen - written);
                }
                Optional<String> delivery = delivery(email, reader);
                Optional<Instant> queued = delivery.flatMap(json -> Api.field(json, "queuedAt")).map(Instant::parse);
                Optional<Instant> sent = delivery.flatMap(json -> Api.field(json, "sentAt")).map(Instant::parse);
                queued.ifPresent(at -> toQueued.add(at.toEpochMilli() - written));
                if (queued.isPresent() && sent.isPresent()) {
                    queuedToSent.add(sent.get().toEpochMilli() - queued.get().toEpochMilli());
                    sentTimes.add(sent.get().toEpochMilli());
                    if (seen != null) {
                        sentToSeen.add(seen - sent.get().toEpochMilli());
                    }
                }
            }
            Samples.Summary writes = Samples.of(label(phase));
            figures.put(prefix + ".rate", rates[phase]).put(prefix + ".seconds", durations[phase].toSeconds());
            figures.put(prefix + ".writes", writes.count()).put(prefix + ".writes-failed", writes.failed());
            figures.put(prefix + ".write.p50", writes.percentile(50)).put(prefix + ".write.p99", writes.percentile(99));
            figures.put(prefix + ".accepted", emails.size()).put(prefix + ".arrived", total.size());
            figures.put(prefix + ".lost", emails.size() - total.size());
            percentiles(figures, prefix + ".total", total);
            percentiles(figures, prefix + ".to-queued", toQueued);
            percentiles(figures, prefix + ".queued-to-sent", queuedToSent);
            percentiles(figures, prefix + ".sent-to-seen", sentToSeen);
            if (sentTimes.size() > 1) {
                long first = sentTimes.stream().mapToLong(Long::longValue).min().orElseThrow();
                long last = sentTimes.stream().mapToLong(Long::longValue).max().orElseThrow();
                figures.put(prefix + ".dispatcher.mails-per-second", (sentTimes.size() - 1) * 1000.0 / (last - first));
            }
        }
        figures.put("email.phases", rates.length);
        figures.save();
    }

    private static Optional<String> delivery(String email, String admin) {
        Api.Response response = Api.get(BenchmarkSettings.notificationService() + "/api/v1/deliveries?recipient="
                + URLEncoder.encode(email, StandardCharsets.UTF_8), admin);
        return response.status() == 200 && response.body().contains("queuedAt") ? Optional.of(response.body())
                : Optional.empty();
    }

    private static void percentiles(Figures figures, String prefix, List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        figures.put(prefix + ".count", sorted.length);
        figures.put(prefix + ".p50", Samples.Summary.percentileOf(sorted, 50));
        figures.put(prefix + ".p99", Samples.Summary.percentileOf(sorted, 99));
    }

}
