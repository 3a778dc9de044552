package org.communitysafety.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.communitysafety.benchmarks.PlatformUnderTest.Part;

/**
 * The steps of a run around the simulations: {@code start} brings the platform up through
 * its launcher and measures its start and its idle memory; {@code finish} measures memory
 * after the load and each service starting alone, stops the platform, prints the table
 * and writes {@code docs/benchmarks.md}.
 */
public final class BenchmarkRun {

    /** A baseline partnership every run reads: the top of the county's reporting tree. */
    static final String READ_PATH = "/api/v1/partnerships/county-strategy-group";

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length == 1 ? args[0] : "") {
            case "start" -> start();
            case "county" -> county();
            case "finish" -> finish();
            case "report" -> report();
            default -> throw new IllegalArgumentException("start, county, finish or report");
        }
    }

    private static void start() throws Exception {
        Path directory = BenchmarkSettings.directory();
        Files.createDirectories(directory);
        Figures figures = Figures.fresh(directory);
        // A profile of an earlier run must not pass for this one's.
        Files.deleteIfExists(GatewayProfile.recording());
        figures.put("run.label", BenchmarkSettings.label())
            .put("run.scale", BenchmarkSettings.scale())
            .put("run.platform-environment", System.getProperty("benchmark.platform-environment", ""))
            .put("run.date", DateTimeFormatter.ISO_INSTANT.format(Instant.now().atOffset(ZoneOffset.UTC)));
        Machine.describe(figures, "start");
        System.out.println("[benchmark] starting the platform through its launcher (a minute or so on two cores)");
        long launcher = PlatformUnderTest.start(figures);
        try {
            System.out.printf("[benchmark] platform ready in %s s%n", figures.get("startup.platform.seconds"));
            String admin = Api.token(Api.ADMINISTRATOR);
            Api.get(BenchmarkSettings.gateway() + READ_PATH, admin).expect(200);
            Api.get(BenchmarkSettings.partnershipService() + READ_PATH, admin).expect(200);
            // Idle: started, the baseline loaded, nothing asked of it for a while.
            Thread.sleep(15_000);
            PlatformUnderTest.recordMemory(figures, "idle");
            figures.save();
            if (!BenchmarkSettings.skipsGateway()) {
                System.out.println("[benchmark] starting a second gateway, without its token cache");
                PlatformUnderTest.startUncachedGateway(figures);
                Api.get(BenchmarkSettings.uncachedGateway() + READ_PATH, admin).expect(200);
            }
        }
        catch (Exception | Error ex) {
            PlatformUnderTest.stopUncachedGateway(figures);
            PlatformUnderTest.stop(launcher);
            throw ex;
        }
    }

    /**
     * Ten times the county's data, then its update and golden thread timed. A failure is
     * recorded rather than thrown, so that the run still measures the rest and stops the
     * platform.
     */
    private static void county() {
        Figures figures = Figures.current();
        System.out.println("[benchmark] generating ten times the county (several minutes)");
        try {
            TenTimesTheCounty.run(figures);
        }
        catch (Exception ex) {
            System.out.println("[benchmark] ten times the county failed: " + ex);
            figures.put("county.failed", String.valueOf(ex.getMessage()));
        }
        figures.save();
    }

    /**
     * Writes docs/benchmarks.md again from the kept figures, e.g. after
     * benchmarks/NOTES.md changed; measures nothing.
     */
    private static void report() throws Exception {
        // The run of the label given (-Dbenchmark.label, "baseline" unless set), or the
        // figures of a run that
        // stopped before its end.
        Path labelled = BenchmarkSettings.directory().resolve("figures-" + BenchmarkSettings.label() + ".properties");
        Path shown = Files.exists(labelled) ? labelled : BenchmarkSettings.directory().resolve("figures.properties");
        Path doc = BenchmarkSettings.repoRoot().resolve("docs/benchmarks.md");
        Files.writeString(doc, Report.markdown(Figures.read(shown)));
    }

    private static void finish() throws Exception {
        Figures figures = Figures.current();
        long launcher = Long.parseLong(figures.get("launcher.pid"));
        try {
            PlatformUnderTest.stopUncachedGateway(figures);
            PlatformUnderTest.recordMemory(figures, "after-load");
            Machine.describe(figures, "end");
            figures.save();
            GatewayProfile.summarise(figures);
            for (Part part : Part.values()) {
                if (part.isSpringService() && figures.get("pid." + part.name) != null
                        && !Boolean.getBoolean("benchmark.skip-alone")) {
                    System.out.println("[benchmark] starting a second " + part.name + " alone");
                    PlatformUnderTest.measureAlone(figures, part);
                    figures.save();
                }
            }
        }
        finally {
            System.out.println("[benchmark] stopping the platform");
            PlatformUnderTest.stop(launcher);
        }
        figures.save();
        System.out.println(Report.table(figures));
        Path directory = BenchmarkSettings.directory();
        figures.copyTo(directory.resolve("figures-" + figures.get("run.label") + ".properties"));
        // docs/benchmarks.md shows the last full run (label "baseline") in full, and
        // every kept run side by side:
        // a partial run, such as the second of a before/after pair, adds a column rather
        // than replacing the figures.
        Path baseline = directory.resolve("figures-baseline.properties");
        Figures shown = Files.exists(baseline) ? Figures.read(baseline) : figures;
        Path doc = BenchmarkSettings.repoRoot().resolve("docs/benchmarks.md");
        Files.writeString(doc, Report.markdown(shown));
        System.out
            .println("[benchmark] written " + doc + "; Gatling's HTML reports are under benchmarks/target/gatling");
    }

}
