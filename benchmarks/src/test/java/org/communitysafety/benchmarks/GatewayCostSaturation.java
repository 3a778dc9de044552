package org.communitysafety.benchmarks;

import java.time.Duration;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.rampUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Throughput at saturation, through the gateway and directly to partnership-service, one
 * after the other in the same run: an arrival rate that rises steadily past what either
 * can serve (an open model, so the rate does not fall when answers slow down), for the
 * same authenticated read (a baseline partnership) and the same write (registering an
 * organisation). The saturation throughput is the most good answers a second sustained
 * over three seconds. Once {@value #MAX_UNANSWERED} requests are unanswered the target is
 * saturated and the ramp stops sending ({@link Backlog}), so that the next ramp meets a
 * recovered target.
 */
public class GatewayCostSaturation extends Simulation {

    /**
     * partnership-service directly, through the gateway, and through a second gateway
     * without its cache of verified tokens (ADR 012): the cache's before and after, side
     * by side.
     */
    static final String[] TARGETS = { "direct", "gateway", "gateway-uncached" };

    static final double READ_TOP_RATE = Double.parseDouble(System.getProperty("benchmark.read-top-rate", "1400"));

    static final double WRITE_TOP_RATE = Double.parseDouble(System.getProperty("benchmark.write-top-rate", "500"));

    /**
     * Unanswered requests past which a ramp has saturated its target and stops sending.
     */
    static final int MAX_UNANSWERED = 300;

    private final Duration ramp = BenchmarkSettings.scaled(Duration.ofSeconds(40));

    private final String token = Api.token(Api.ADMINISTRATOR);

    {
        // Unrecorded warm-up of both targets first: the first answers of a cold JVM take
        // seconds.
        PopulationBuilder chain = null;
        for (String target : TARGETS) {
            PopulationBuilder warmUp = warmUp(target)
                .injectOpen(constantUsersPerSec(20).during(BenchmarkSettings.scaled(Duration.ofSeconds(10))));
            chain = chain == null ? warmUp : chain.andThen(warmUp);
        }
        for (String kind : new String[] { "read", "write" }) {
            double top = kind.equals("read") ? READ_TOP_RATE : WRITE_TOP_RATE;
            for (String target : TARGETS) {
                PopulationBuilder step = saturation(kind, target).injectOpen(nothingFor(Duration.ofSeconds(5)),
                        rampUsersPerSec(top / 20).to(top).during(ramp));
                chain = chain.andThen(step);
            }
        }
        setUp(chain).protocols(Load.protocol());
    }

    static String baseUrl(String target) {
        return switch (target) {
            case "direct" -> BenchmarkSettings.partnershipService();
            case "gateway" -> BenchmarkSettings.gateway();
            case "gateway-uncached" -> BenchmarkSettings.uncachedGateway();
            default -> throw new IllegalArgumentException(target);
        };
    }

    private ScenarioBuilder warmUp(String target) {
        return scenario("warm-up " + target)
            .exec(http("warm-up " + target).get(baseUrl(target) + BenchmarkRun.READ_PATH)
                .header("Authorization", Load.bearer(token)));
    }

    private ScenarioBuilder saturation(String kind, String target) {
        String label = kind + " " + target;
        String url = baseUrl(target);
        return scenario("saturation " + label).exec(Load.bounded(MAX_UNANSWERED,
                kind.equals("read")
                        ? http(label).get(url + BenchmarkRun.READ_PATH)
                            .header("Authorization", Load.bearer(token))
                            .check(status().is(200))
                        : http(label).post(url + "/api/v1/organisations")
                            .header("Authorization", Load.bearer(token))
                            .body(StringBody(session -> Api.organisation(Api.unique("bench-org"))))
                            .check(status().is(201)),
                label));
    }

    @Override
    public void after() {
        Figures figures = Figures.current();
        for (String kind : new String[] { "read", "write" }) {
            for (String target : TARGETS) {
                Samples.Summary summary = Samples.of(kind + " " + target);
                figures.put("saturation." + kind + "." + target + ".rps", summary.maxThroughput(3));
                figures.put("saturation." + kind + "." + target + ".count", summary.count());
                figures.put("saturation." + kind + "." + target + ".failed", summary.failed());
                figures.put("saturation." + kind + "." + target + ".saturated",
                        String.valueOf(Backlog.stopped(kind + " " + target)));
            }
            figures.put("saturation." + kind + ".top-rate", kind.equals("read") ? READ_TOP_RATE : WRITE_TOP_RATE);
        }
        figures.put("saturation.ramp.seconds", ramp.toSeconds());
        figures.save();
    }

}
