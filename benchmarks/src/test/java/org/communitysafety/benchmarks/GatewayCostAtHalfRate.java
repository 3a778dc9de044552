package org.communitysafety.benchmarks;

import java.time.Duration;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Latency at a fixed arrival rate of half the direct maximum that
 * {@link GatewayCostSaturation} found, for the read and for the write: direct and through
 * the gateway with and without its token cache in alternating blocks (direct, gateway,
 * gateway uncached, then again), so that what the shared machine does meanwhile falls on
 * all three. Between the reads and the writes, one more gateway read block with the
 * gateway's JVM recording a Flight Recorder profile, kept apart from the measured blocks
 * so that the recording's cost is not in them.
 */
public class GatewayCostAtHalfRate extends Simulation {

    static final int ROUNDS = 2;

    /**
     * A block whose target cannot keep up with the rate stops sending past this many
     * unanswered requests, and says so, rather than spoil the blocks after it.
     */
    static final int MAX_UNANSWERED = 1000;

    private final Duration block = BenchmarkSettings.scaled(Duration.ofSeconds(20));

    private final Figures figures = Figures.current();

    private final String token = Api.token(Api.ADMINISTRATOR);

    private final double readRate = halfOf("read");

    private final double writeRate = halfOf("write");

    {
        PopulationBuilder chain = blocks("read", null);
        // Profiled before the writes: each write is an event that three services then
        // handle, and the backlog the write blocks leave would be in the profile.
        chain = chain.andThen(profiler("start").injectOpen(atOnceUsers(1)))
            .andThen(request("read", "gateway", 0, "read gateway (profiled)")
                .injectOpen(nothingFor(Duration.ofSeconds(1)), constantUsersPerSec(readRate).during(block)))
            .andThen(profiler("stop").injectOpen(atOnceUsers(1)));
        chain = blocks("write", chain);
        setUp(chain).protocols(Load.protocol());
    }

    /**
     * The fixed-rate blocks of one kind, direct, gateway and gateway uncached in turn,
     * {@value #ROUNDS} rounds, after those already chained.
     */
    private PopulationBuilder blocks(String kind, PopulationBuilder before) {
        PopulationBuilder chain = before;
        for (int round = 1; round <= ROUNDS; round++) {
            for (String target : GatewayCostSaturation.TARGETS) {
                PopulationBuilder step = request(kind, target, round, kind + " " + target).injectOpen(
                        nothingFor(Duration.ofSeconds(3)),
                        constantUsersPerSec(kind.equals("read") ? readRate : writeRate).during(block));
                chain = chain == null ? step : chain.andThen(step);
            }
        }
        return chain;
    }

    private double halfOf(String kind) {
        double direct = figures.number("saturation." + kind + ".direct.rps");
        if (Double.isNaN(direct) || direct <= 0) {
            throw new IllegalStateException("No direct saturation throughput for " + kind + ": run "
                    + "GatewayCostSaturation first (the benchmark profile does)");
        }
        return Math.max(1, Math.floor(direct / 2));
    }

    private ScenarioBuilder request(String kind, String target, int round, String label) {
        String url = GatewayCostSaturation.baseUrl(target);
        String name = label + " #" + round;
        ChainBuilder timed = Load.bounded(MAX_UNANSWERED,
                kind.equals("read")
                        ? http(label).get(url + BenchmarkRun.READ_PATH)
                            .header("Authorization", Load.bearer(token))
                            .check(status().is(200))
                        : http(label).post(url + "/api/v1/organisations")
                            .header("Authorization", Load.bearer(token))
                            .body(StringBody(session -> Api.organisation(Api.unique("bench-org"))))
                            .check(status().is(201)),
                label, name);
        return scenario("fixed rate " + name).exec(timed);
    }

    private ScenarioBuilder profiler(String action) {
        return scenario("profiler " + action).exec(exec(session -> {
            if (action.equals("start")) {
                GatewayProfile.start(figures);
            }
            else {
                GatewayProfile.stop(figures);
            }
            return session;
        }));
    }

    @Override
    public void after() {
        Figures latest = Figures.current();
        latest.put("fixed.read.rate", readRate).put("fixed.write.rate", writeRate);
        latest.put("fixed.block.seconds", block.toSeconds());
        for (String kind : new String[] { "read", "write" }) {
            for (String target : GatewayCostSaturation.TARGETS) {
                String label = kind + " " + target;
                Samples.of(label).into(latest, "fixed." + kind + "." + target);
                latest.put("fixed." + kind + "." + target + ".fell-behind",
                        String.valueOf(Backlog.stopped(label + " #1") || Backlog.stopped(label + " #2")));
                for (int round = 1; round <= ROUNDS; round++) {
                    Samples.Summary inRound = Samples.of(label + " #" + round);
                    latest.put("fixed." + kind + "." + target + ".round" + round + ".p50", inRound.percentile(50));
                    latest.put("fixed." + kind + "." + target + ".round" + round + ".p99", inRound.percentile(99));
                }
            }
        }
        Samples.of("read gateway (profiled)").into(latest, "fixed.read.gateway-profiled");
        latest.save();
    }

}
