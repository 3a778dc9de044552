package org.communitysafety.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.communitysafety.benchmarks.PlatformUnderTest.Part;

/**
 * The figures of a run as tables: printed at the end of the run, and in
 * {@code docs/benchmarks.md} with the machine, the date, how the figures were taken and
 * the notes kept by hand in {@code benchmarks/NOTES.md}.
 */
final class Report {

    private final Figures figures;

    private Report(Figures figures) {
        this.figures = figures;
    }

    /** The three tables, as printed at the end of a run. */
    static String table(Figures figures) {
        Report report = new Report(figures);
        return String.join("\n", report.gatewayCost(), report.writeToEmail(), report.relayAndConsumers(),
                report.tenTimesTheCounty(), report.footprint());
    }

    static String markdown(Figures figures) throws IOException {
        Report report = new Report(figures);
        StringBuilder text = new StringBuilder();
        text.append("# Benchmarks\n\n");
        text.append("The figures of the last run of `benchmarks/run.sh` (written by it; see `benchmarks/README.md` for "
                + "what each figure is and how it is taken). Gatling's HTML reports of the run are in "
                + "`benchmarks/target/gatling/`.\n\n");
        text.append(report.machine()).append('\n');
        text.append(report.gatewayCost()).append('\n');
        text.append(report.profile()).append('\n');
        text.append(report.writeToEmail()).append('\n');
        text.append(report.relayAndConsumers()).append('\n');
        text.append(report.tenTimesTheCounty()).append('\n');
        text.append(report.footprint()).append('\n');
        text.append(report.comparison()).append('\n');
        Path notes = BenchmarkSettings.repoRoot().resolve("benchmarks/NOTES.md");
        if (Files.exists(notes)) {
            text.append(Files.readString(notes));
        }
        return text.toString();
    }

    private String machine() {
        return """
                ## The run

                | | |
                |---|---|
                | date (UTC) | %s |
                | machine | %s cores (%s), %s GiB memory, %s |
                | JVM | %s |
                | load average (1 min) at start / end | %s / %s |
                | run | label `%s`, duration scale %s%s |

                Gatling runs on the same cores as the platform it measures, and whatever else the machine ran shows
                in the load average above. Absolute figures are therefore noisy; each comparison is measured side by
                side in the same run (direct, gateway and gateway uncached alternate), so quote the medians and the
                ratios.
                """.formatted(figures.get("run.date"), figures.get("machine.cores"), figures.get("machine.cpu"),
                number("machine.memory-gib", 1), figures.get("machine.os"), figures.get("machine.jvm"),
                figures.get("machine.load-average.start"), figures.get("machine.load-average.end", "?"),
                figures.get("run.label"), figures.get("run.scale"),
                figures.get("run.platform-environment", "").isBlank() ? ""
                        : ", platform environment `" + figures.get("run.platform-environment") + "`");
    }

    private String gatewayCost() {
        StringBuilder text = new StringBuilder();
        text.append("## 1. Gateway cost: partnership-service directly and through the gateway\n\n");
        text.append(
                "Arrival rate rising to %s reads/s and %s writes/s over %s s for saturation; then %s s blocks at half "
                    .formatted(number("saturation.read.top-rate", 0), number("saturation.write.top-rate", 0),
                            figures.get("saturation.ramp.seconds"), figures.get("fixed.block.seconds")));
        text.append(
                "the direct maximum (reads %s/s, writes %s/s), direct, gateway and gateway uncached alternating, %d rounds each.\n\n"
                    .formatted(number("fixed.read.rate", 0), number("fixed.write.rate", 0),
                            GatewayCostAtHalfRate.ROUNDS));
        text.append("The gateway is measured twice, side by side: as deployed, with its cache of verified tokens "
                + "(ADR 012), and a second copy of it without (`TOKEN_CACHE_ENABLED=false`), which verifies the "
                + "token's signature on every request as before.\n\n");
        text.append("| | direct | gateway | gateway uncached | gateway / direct | uncached / direct |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (String kind : new String[] { "read", "write" }) {
            String what = kind.equals("read") ? "read (GET a partnership)" : "write (POST an organisation)";
            text.append(row(what + ": throughput at saturation, req/s", "saturation." + kind, ".rps", 0));
            text.append("| %s: saturated before the top rate | %s | %s | %s | | |\n".formatted(what,
                    figures.get("saturation." + kind + ".direct.saturated"),
                    figures.get("saturation." + kind + ".gateway.saturated"),
                    figures.get("saturation." + kind + ".gateway-uncached.saturated")));
            for (String p : new String[] { "p50", "p95", "p99" }) {
                text.append(row(what + " at half the direct maximum: " + p + ", ms", "fixed." + kind, "." + p, 1));
            }
            text.append("| %s: p50 of each round, ms | %s | %s | %s | | |\n".formatted(what, rounds(kind, "direct"),
                    rounds(kind, "gateway"), rounds(kind, "gateway-uncached")));
            text.append("| %s: failed / answered at half rate | %s | %s | %s | | |\n".formatted(what,
                    failedOf("fixed." + kind + ".direct"), failedOf("fixed." + kind + ".gateway"),
                    failedOf("fixed." + kind + ".gateway-uncached")));
        }
        text.append('\n');
        for (String target : new String[] { "gateway", "gateway-uncached" }) {
            double ratio = figures.number("saturation.read." + target + ".rps")
                    / figures.number("saturation.read.direct.rps");
            double added = figures.number("fixed.read." + target + ".p99") - figures.number("fixed.read.direct.p99");
            text.append("%s: goal of throughput at least 0.7 of direct: **%s** (read %s); ".formatted(
                    target.equals("gateway") ? "Gateway" : "Gateway without the token cache",
                    ratio >= 0.7 ? "met" : "missed by " + format(0.7 - ratio, 2), format(ratio, 2)));
            text.append("goal of at most 5 ms added at p99 at half the direct maximum: **%s** (read: %s ms added).\n"
                .formatted(added <= 5 ? "met" : "missed by " + format(added - 5, 1) + " ms", format(added, 1)));
        }
        return text.toString();
    }

    private String failedOf(String prefix) {
        return figures.get(prefix + ".failed") + " / " + figures.get(prefix + ".count");
    }

    private String rounds(String kind, String target) {
        List<String> values = new ArrayList<>();
        for (int round = 1; round <= GatewayCostAtHalfRate.ROUNDS; round++) {
            values.add(number("fixed." + kind + "." + target + ".round" + round + ".p50", 1));
        }
        return String.join(", ", values);
    }

    /**
     * A figure of each target, {@code prefix.<target>suffix}, with both gateways' ratios
     * to direct.
     */
    private String row(String what, String prefix, String suffix, int decimals) {
        String direct = prefix + ".direct" + suffix;
        String gateway = prefix + ".gateway" + suffix;
        String uncached = prefix + ".gateway-uncached" + suffix;
        return "| %s | %s | %s | %s | %s | %s |\n".formatted(what, number(direct, decimals), number(gateway, decimals),
                number(uncached, decimals), format(figures.number(gateway) / figures.number(direct), 2),
                format(figures.number(uncached) / figures.number(direct), 2));
    }

    private String profile() {
        if (figures.get("profile.gateway.samples") == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        text.append("### Where the gateway's time goes\n\n");
        text.append(("A Flight Recorder profile (settings `profile`) of the gateway's JVM during one more gateway read "
                + "block at the same rate, after the read blocks and before the writes (%s CPU samples, p50 %s ms, p99 %s ms in that block). Each sample is given "
                + "to the stage whose code is nearest the top of its stack.\n\n")
            .formatted(figures.get("profile.gateway.samples"), number("fixed.read.gateway-profiled.p50", 1),
                    number("fixed.read.gateway-profiled.p99", 1)));
        text.append("| stage | share of CPU samples |\n|---|---:|\n");
        figures.all()
            .entrySet()
            .stream()
            .filter(entry -> entry.getKey().startsWith("profile.gateway.stage."))
            .sorted((a, b) -> Double.compare(Double.parseDouble(b.getValue()), Double.parseDouble(a.getValue())))
            .forEach(entry -> text
                .append("| %s | %s %% |\n".formatted(entry.getKey().substring("profile.gateway.stage.".length()),
                        format(Double.parseDouble(entry.getValue()), 1))));
        text.append("\nHottest methods (top of stack): ");
        List<String> top = new ArrayList<>();
        for (int rank = 1; figures.get("profile.gateway.top." + rank) != null; rank++) {
            top.add("`" + figures.get("profile.gateway.top." + rank) + "`");
        }
        text.append(String.join(", ", top)).append(".\n");
        return text.toString();
    }

    private String writeToEmail() {
        StringBuilder text = new StringBuilder();
        text.append("## 2. Write to email: an appointment's 201 to the alert at the SMTP server\n\n");
        text.append(
                ("Appointments through the gateway at a steady arrival rate, each to a new address; the SMTP server "
                        + "(GreenMail) polled every %d ms for new mailboxes. Stages from the delivery log's clock readings. "
                        + "The SMTP server's own latency (a whole SMTP conversation, new connection): p50 %s ms, p99 %s ms.\n\n")
                    .formatted(MailArrivals.POLL_MILLIS, number("email.smtp-probe.p50", 0),
                            number("email.smtp-probe.p99", 0)));
        text.append("| rate | writes (failed) | alerts lost | 201 to arrival p50 / p99, ms | 201 to queued "
                + "p50 / p99 | queued to sent p50 / p99 | sent to seen p50 / p99 | dispatcher mails/s | write p50 / "
                + "p99 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int phases = (int) figures.number("email.phases");
        for (int phase = 1; phase <= phases; phase++) {
            String prefix = "email.phase" + phase;
            text.append("| %s/s for %s s | %s (%s) | %s of %s | %s | %s | %s | %s | %s | %s |\n".formatted(
                    number(prefix + ".rate", 0), figures.get(prefix + ".seconds"), figures.get(prefix + ".writes"),
                    figures.get(prefix + ".writes-failed"), figures.get(prefix + ".lost"),
                    figures.get(prefix + ".accepted"), pair(prefix + ".total"), pair(prefix + ".to-queued"),
                    pair(prefix + ".queued-to-sent"), pair(prefix + ".sent-to-seen"),
                    number(prefix + ".dispatcher.mails-per-second", 1), pair(prefix + ".write")));
        }
        String last = "email.phase" + phases;
        double p99 = figures.number(last + ".total.p99");
        text.append("\nGoal: p99 under 500 ms at 50 writes/s: **%s** (at %s/s: p99 %s ms).\n".formatted(
                p99 < 500 ? "met" : "missed by " + format(p99 - 500, 0) + " ms", number(last + ".rate", 0),
                format(p99, 0)));
        return text.toString();
    }

    private String relayAndConsumers() {
        if (figures.get("relay.steps") == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        text.append("## 3. Relay and consumers: events per second at rising load\n\n");
        text.append(
                ("Organisations registered directly with partnership-service, %s s at each rate in turn; each is one "
                        + "event, relayed from its outbox to Kafka and handled by priority-, scrutiny- and notification-service. "
                        + "Meters read every second from the services' Prometheus endpoints: events sent "
                        + "(`spring_kafka_template_seconds_count`), waiting in the outbox (`platform_outbox_pending`) and the "
                        + "oldest one's age (`platform_outbox_oldest_age_seconds`), events handled "
                        + "(`spring_kafka_listener_seconds_count`) and lag (`kafka_consumer_fetch_manager_records_lag_max`). "
                        + "Before the load the events of the phases before took %s s to drain; after it, these took %s s "
                        + "(drained: %s).\n\n")
                    .formatted(figures.get("relay.step.seconds"), number("relay.drain-before.seconds", 0),
                            number("relay.drain-after.seconds", 0), figures.get("relay.drain-after.drained")));
        text.append(
                "| writes/s asked | acknowledged/s | relayed to Kafka/s | outbox waiting, max | oldest waiting, max s "
                        + "| handled/s: priority / scrutiny / notification | lag max: priority / scrutiny / notification |\n"
                        + "|---:|---:|---:|---:|---:|---:|---:|\n");
        int steps = (int) figures.number("relay.steps");
        for (int step = 1; step <= steps; step++) {
            String prefix = "relay.step" + step;
            text.append("| %s | %s | %s | %s | %s | %s | %s |\n".formatted(number(prefix + ".rate", 0),
                    number(prefix + ".acknowledged-per-second", 1), number(prefix + ".relayed-per-second", 1),
                    number(prefix + ".pending.max", 0), number(prefix + ".oldest-age.max", 1),
                    consumers(prefix, ".handled-per-second", 1), consumers(prefix, ".lag.max", 0)));
        }
        text.append("\nWrites: %s, of which failed %s.\n".formatted(figures.get("relay.writes"),
                figures.get("relay.writes-failed")));
        return text.toString();
    }

    private String consumers(String prefix, String suffix, int decimals) {
        List<String> values = new ArrayList<>();
        for (String service : new String[] { "priority-service", "scrutiny-service", "notification-service" }) {
            values.add(number(prefix + "." + service + suffix, decimals));
        }
        return String.join(" / ", values);
    }

    private String tenTimesTheCounty() {
        if (figures.get("county.generate.seconds") == null && figures.get("county.failed") == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        text.append("## 4. Ten times the county\n\n");
        if (figures.get("county.failed") != null) {
            text.append("The generation failed: `%s`.\n\n".formatted(figures.get("county.failed")));
        }
        if (figures.get("county.generate.seconds") == null) {
            return text.toString();
        }
        text.append(("%d partnerships, %d members, %d targets with %d readings each and %d actions, generated through "
                + "partnership- and priority-service's APIs directly (%s writes, %s refused, in %s s); "
                + "notification-service's replica had handled every event %s s later (caught up: %s). Each figure "
                + "below: one call to warm up, then %d timed; memory is what the service's JVM allocated per call "
                + "(`jvm_gc_memory_allocated_bytes_total`) and its resident memory afterwards.\n\n")
            .formatted(TenTimesTheCounty.PARTNERSHIPS, TenTimesTheCounty.MEMBERS, TenTimesTheCounty.TARGETS,
                    TenTimesTheCounty.READINGS_PER_TARGET, TenTimesTheCounty.ACTIONS, figures.get("county.writes"),
                    figures.get("county.writes-refused"), number("county.generate.seconds", 0),
                    number("county.events-drained.seconds", 0), figures.get("county.events-drained"),
                    TenTimesTheCounty.TIMED_CALLS));
        text.append("| | median, ms | slowest, ms | answer, KiB | generated items in it | allocated per call, MiB "
                + "| RSS after, MiB |\n|---|---:|---:|---:|---:|---:|---:|\n");
        String[][] calls = { { "golden-thread", "golden thread (priority-service, `GET /api/v1/golden-thread`)" },
                { "update", "six-monthly update of the county strategy group (notification-service, preview)" } };
        double worst = 0;
        for (String[] call : calls) {
            String prefix = "county." + call[0];
            text.append("| %s | %s | %s | %s | %s | %s | %s |\n".formatted(call[1], number(prefix + ".median-ms", 0),
                    number(prefix + ".max-ms", 0), number(prefix + ".answer-kib", 0),
                    figures.get(prefix + ".generated-items", "–"), number(prefix + ".allocated-mib-per-call", 1),
                    number(prefix + ".rss-mib", 0)));
            worst = Math.max(worst, figures.number(prefix + ".median-ms"));
        }
        text.append("\nGoal: the update and the golden thread under 2 s each: **%s** (slower median %s ms).\n"
            .formatted(worst < 2000 ? "met" : "missed by " + format((worst - 2000) / 1000, 1) + " s",
                    format(worst, 0)));
        return text.toString();
    }

    private String pair(String prefix) {
        return number(prefix + ".p50", 0) + " / " + number(prefix + ".p99", 0);
    }

    private String footprint() {
        StringBuilder text = new StringBuilder();
        text.append("## 5. Footprint: resident memory and start-up\n\n");
        text.append(
                "VmRSS from `/proc/<pid>/status` of each process of the platform: idle (15 s after all were ready), "
                        + "after the load above, and of a second copy started alone. Start to ready: from the process's start "
                        + "to its first healthy answer; together is the launcher's start of the whole platform (the services "
                        + "side by side), alone is a second copy started with the same command line and environment on "
                        + "another port while the rest of the platform idled.\n\n");
        text.append(
                "| part | RSS idle, MiB | RSS after load, MiB | RSS alone at ready, MiB | start to ready together, s "
                        + "| start to ready alone, s |\n|---|---:|---:|---:|---:|---:|\n");
        for (Part part : Part.values()) {
            text.append("| %s | %s | %s | %s | %s | %s |\n".formatted(part.name, number("rss.idle." + part.name, 0),
                    number("rss.after-load." + part.name, 0), number("rss.alone-ready." + part.name, 0),
                    number("startup.together." + part.name + ".seconds", 1),
                    number("startup.alone." + part.name + ".seconds", 1)));
        }
        text.append("| all | %s | %s | | whole platform: %s | |\n".formatted(number("rss.idle.total", 0),
                number("rss.after-load.total", 0), number("startup.platform.seconds", 1)));
        double worstRss = 0;
        double worstAlone = 0;
        String worstRssPart = "";
        String worstAlonePart = "";
        for (Part part : Part.values()) {
            if (!part.isSpringService()) {
                continue;
            }
            double rss = figures.number("rss.after-load." + part.name);
            if (rss > worstRss) {
                worstRss = rss;
                worstRssPart = part.name;
            }
            double alone = figures.number("startup.alone." + part.name + ".seconds");
            if (alone > worstAlone) {
                worstAlone = alone;
                worstAlonePart = part.name;
            }
        }
        double whole = figures.number("startup.platform.seconds");
        text.append(("\nGoals: each service under 300 MiB resident under load: **%s** (largest %s, %s MiB); ready in "
                + "under 5 s alone: **%s** (slowest %s, %s s); the whole platform healthy in under 30 s: **%s** (%s s).\n")
            .formatted(worstRss < 300 ? "met" : "missed by " + format(worstRss - 300, 0) + " MiB", worstRssPart,
                    format(worstRss, 0), worstAlone < 5 ? "met" : "missed by " + format(worstAlone - 5, 1) + " s",
                    worstAlonePart, format(worstAlone, 1),
                    whole < 30 ? "met" : "missed by " + format(whole - 30, 1) + " s", format(whole, 1)));
        return text.toString();
    }

    /**
     * The key figures of every labelled run kept in this working copy, side by side: a
     * before/after pair is two runs with different labels (and settings).
     */
    private String comparison() throws IOException {
        List<Figures> runs = new ArrayList<>();
        try (Stream<Path> files = Files.list(BenchmarkSettings.directory())) {
            for (Path file : files.filter(path -> path.getFileName().toString().startsWith("figures-"))
                .sorted()
                .toList()) {
                runs.add(Figures.read(file));
            }
        }
        if (runs.size() < 2) {
            return "";
        }
        String[][] keys = { { "run.platform-environment", "platform environment" }, { "run.date", "date" },
                { "startup.platform.seconds", "whole platform start to ready, s" },
                { "startup.alone.partnership-service.seconds", "partnership-service alone, s" },
                { "startup.alone.gateway.seconds", "gateway alone, s" },
                { "rss.after-load.partnership-service", "partnership-service RSS after load, MiB" },
                { "saturation.read.direct.rps", "read direct at saturation, req/s" },
                { "saturation.read.gateway.rps", "read gateway at saturation, req/s" },
                { "saturation.read.gateway-uncached.rps", "read gateway uncached at saturation, req/s" },
                { "saturation.write.direct.rps", "write direct at saturation, req/s" },
                { "saturation.write.gateway.rps", "write gateway at saturation, req/s" },
                { "saturation.write.gateway-uncached.rps", "write gateway uncached at saturation, req/s" },
                { "profile.gateway.stage.token check (JWT decode, signature, claims)",
                        "token check's share of the gateway's CPU samples (cached gateway), %" },
                { "fixed.read.direct.p99", "read direct p99 at half rate, ms" },
                { "fixed.read.gateway.p99", "read gateway p99 at half rate, ms" },
                { "fixed.read.gateway-uncached.p99", "read gateway uncached p99 at half rate, ms" },
                { "email.phase1.total.p50", "email phase 1: 201 to arrival p50, ms" },
                { "email.phase1.total.p99", "email phase 1: 201 to arrival p99, ms" },
                { "email.phase2.total.p50", "email phase 2: 201 to arrival p50, ms" },
                { "email.phase2.total.p99", "email phase 2: 201 to arrival p99, ms" },
                { "email.phase2.rate", "email phase 2: writes/s" },
                { "email.phase2.writes-failed", "email phase 2: writes failed" },
                { "email.phase2.to-queued.p50", "email phase 2: 201 to queued p50, ms" },
                { "email.phase2.queued-to-sent.p50", "email phase 2: queued to sent p50, ms" },
                { "email.phase2.queued-to-sent.p99", "email phase 2: queued to sent p99, ms" },
                { "machine.load-average.start", "load average at start" },
                { "machine.load-average.end", "load average at end" },
                { "county.golden-thread.median-ms", "ten times the county: golden thread median, ms" },
                { "county.update.median-ms", "ten times the county: update preview median, ms" } };
        StringBuilder text = new StringBuilder("## Runs side by side (before/after pairs)\n\n| figure |");
        runs.forEach(run -> text.append(' ').append(run.get("run.label")).append(" |"));
        text.append("\n|---|").append("---:|".repeat(runs.size())).append('\n');
        for (String[] key : keys) {
            text.append("| ").append(key[1]).append(" |");
            runs.forEach(run -> text.append(' ').append(run.get(key[0], "")).append(" |"));
            text.append('\n');
        }
        return text.toString();
    }

    private String number(String name, int decimals) {
        return format(figures.number(name), decimals);
    }

    static String format(double value, int decimals) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "–";
        }
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

}
