package org.communitysafety.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntPredicate;

import org.communitysafety.benchmarks.PlatformUnderTest.Part;

/**
 * Ten times the county: 60 partnerships, 2,000 members, 10,000 actions and 20,000 target
 * readings, generated through the services' own APIs (directly, not through the gateway)
 * so that every write makes its event and notification-service's replica is built from
 * them as in life. Then the time and memory to produce the county strategy group's
 * six-monthly update (its preview, notification-service) and the golden thread
 * (priority-service), each asked once to warm up and then {@value #TIMED_CALLS} times.
 * Printed figures; nothing here asserts a time.
 */
final class TenTimesTheCounty {

    static final int PARTNERSHIPS = 60;

    static final int MEMBERS = 2_000;

    static final int TARGETS = 2_000;

    static final int READINGS_PER_TARGET = 10;

    static final int ACTIONS = 10_000;

    static final int TIMED_CALLS = 5;

    /** Writes in flight at once while generating: enough to keep two cores busy. */
    private static final int WRITERS = 8;

    /** Refusals past which the generated data would no longer be the county ten times. */
    private static final int MAX_REFUSED = 50;

    private static final String MEMBERS_ORGANISATION = "county-bench-members";

    /** Owns every generated action and has no members, so that no action becomes mail. */
    private static final String OWNER_ORGANISATION = "county-bench-owner";

    private static final String COUNTYWIDE_PRIORITY = "countywide-violence-2015-16";

    private final Figures figures;

    private final FreshToken admin = new FreshToken(Api.ADMINISTRATOR);

    private final FreshToken groupManager = new FreshToken(Api.GROUP_MANAGER);

    private final AtomicInteger refused = new AtomicInteger();

    private TenTimesTheCounty(Figures figures) {
        this.figures = figures;
    }

    static void run(Figures figures) throws Exception {
        new TenTimesTheCounty(figures).generateAndMeasure();
    }

    private void generateAndMeasure() throws Exception {
        String partnershipService = BenchmarkSettings.partnershipService();
        String priorityService = BenchmarkSettings.priorityService();
        long began = System.currentTimeMillis();
        for (String organisation : new String[] { MEMBERS_ORGANISATION, OWNER_ORGANISATION }) {
            Api.post(partnershipService + "/api/v1/organisations", admin.get(), Api.organisation(organisation))
                .expect(201, 409);
        }
        Api.post(partnershipService + "/api/v1/organisations", admin.get(), Api.countyCouncil()).expect(201, 409);
        List<String> partnerships = new ArrayList<>();
        for (int index = 0; index < PARTNERSHIPS; index++) {
            partnerships.add("county-bench-csp-" + index);
        }
        inParallel("partnerships", partnerships.stream()
            .map(code -> (Callable<String>) () -> created(
                    () -> Api.post(partnershipService + "/api/v1/partnerships", admin.get(), partnership(code))))
            .toList());
        List<Callable<String>> members = new ArrayList<>();
        for (int index = 0; index < MEMBERS; index++) {
            String code = partnerships.get(index % PARTNERSHIPS);
            String email = "county-member-" + index + "@bench.example";
            members.add(() -> created(() -> Api.post(partnershipService + "/api/v1/partnerships/" + code + "/members",
                    groupManager.get(), Api.member(MEMBERS_ORGANISATION, email))));
        }
        inParallel("members", members);
        // priority-service learns of the partnerships from their events; until then it
        // refuses
        // a priority for one, and created() asks again.
        List<String> priorities = inParallel("priorities", partnerships.stream()
            .map(code -> (Callable<String>) () -> Api
                .field(createdOnceKnown(
                        () -> Api.post(priorityService + "/api/v1/priorities", admin.get(), localPriority(code))), "id")
                .orElseThrow())
            .toList());
        List<Callable<String>> targets = new ArrayList<>();
        for (int index = 0; index < TARGETS; index++) {
            String priority = priorities.get(index % priorities.size());
            int number = index;
            targets.add(() -> {
                String id = Api
                    .field(created(() -> Api.post(priorityService + "/api/v1/priorities/" + priority + "/targets",
                            admin.get(), target(number))), "id")
                    .orElseThrow();
                for (int reading = 0; reading < READINGS_PER_TARGET; reading++) {
                    int version = reading;
                    created(() -> Api.post(priorityService + "/api/v1/targets/" + id + "/readings", admin.get(),
                            reading(number, version), "If-Match", "\"" + version + "\""));
                }
                return id;
            });
        }
        inParallel("targets and readings", targets);
        List<Callable<String>> actions = new ArrayList<>();
        for (int index = 0; index < ACTIONS; index++) {
            String priority = priorities.get(index % priorities.size());
            int number = index;
            actions.add(() -> created(() -> Api.post(priorityService + "/api/v1/priorities/" + priority + "/actions",
                    admin.get(), action(number))));
        }
        inParallel("actions", actions);
        long written = System.currentTimeMillis();
        figures.put("county.generate.seconds", (written - began) / 1000.0)
            .put("county.writes", PARTNERSHIPS + MEMBERS + PARTNERSHIPS + TARGETS * (1 + READINGS_PER_TARGET) + ACTIONS)
            .put("county.writes-refused", refused.get());
        boolean drained = waitForNotificationReplica();
        figures.put("county.events-drained.seconds", (System.currentTimeMillis() - written) / 1000.0)
            .put("county.events-drained", String.valueOf(drained));
        figures.save();
        measure("golden-thread", Part.PRIORITY, priorityService + "/api/v1/golden-thread", admin.get());
        measure("update", Part.NOTIFICATION,
                BenchmarkSettings.notificationService() + "/api/v1/six-monthly-updates/previews/county-strategy-group",
                admin.get());
        figures.save();
    }

    /**
     * One call to warm up, then the timed calls: the median and the slowest, the answer's
     * size, the bytes the service's JVM allocated per call (its
     * {@code jvm_gc_memory_allocated_bytes_total}, which other work of the service adds
     * to a little) and its resident memory afterwards.
     */
    private void measure(String name, Part part, String url, String token) {
        Api.Response first = Api.get(url, token).expect(200);
        String base = "http://127.0.0.1:" + part.httpPort;
        double allocatedBefore = Prometheus.sum(Prometheus.scrape(base), "jvm_gc_memory_allocated_bytes_total")
            .orElse(Double.NaN);
        long[] millis = new long[TIMED_CALLS];
        for (int call = 0; call < TIMED_CALLS; call++) {
            long start = System.nanoTime();
            Api.get(url, token).expect(200);
            millis[call] = (System.nanoTime() - start) / 1_000_000;
        }
        double allocatedAfter = Prometheus.sum(Prometheus.scrape(base), "jvm_gc_memory_allocated_bytes_total")
            .orElse(Double.NaN);
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        String prefix = "county." + name;
        figures.put(prefix + ".median-ms", sorted[TIMED_CALLS / 2])
            .put(prefix + ".max-ms", sorted[TIMED_CALLS - 1])
            .put(prefix + ".answer-kib", first.body().length() / 1024.0)
            .put(prefix + ".generated-items", countOf(first.body(), "County bench "))
            .put(prefix + ".allocated-mib-per-call", (allocatedAfter - allocatedBefore) / TIMED_CALLS / 1024 / 1024);
        String pid = figures.get("pid." + part.name);
        if (pid != null) {
            PlatformUnderTest.residentKib(Long.parseLong(pid))
                .ifPresent(kib -> figures.put(prefix + ".rss-mib", kib / 1024.0));
        }
        System.out.printf("[benchmark] ten times the county: %s median %d ms, slowest %d ms, %s KiB%n", name,
                sorted[TIMED_CALLS / 2], sorted[TIMED_CALLS - 1], Report.format(first.body().length() / 1024.0, 0));
    }

    /**
     * Waits until priority-service has relayed every event and notification-service has
     * handled them: its replica is then the whole generated county.
     */
    private boolean waitForNotificationReplica() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15 * 60_000;
        double handledBefore = Double.NaN;
        while (System.currentTimeMillis() < deadline) {
            Thread.sleep(2_000);
            String priority = Prometheus.scrape(BenchmarkSettings.priorityService());
            String notification = Prometheus.scrape(BenchmarkSettings.notificationService());
            double pending = Prometheus.sum(priority, "platform_outbox_pending").orElse(Double.NaN);
            double lag = Prometheus.max(notification, "kafka_consumer_fetch_manager_records_lag_max").orElse(0);
            double handled = Prometheus.sum(notification, "spring_kafka_listener_seconds_count").orElse(Double.NaN);
            if (!(pending > 0) && !(lag > 0) && Double.compare(handled, handledBefore) == 0) {
                return true;
            }
            handledBefore = handled;
        }
        return false;
    }

    /**
     * The created thing's answer. Asks again after an answer that passes (a conflict on a
     * group's roll, a store busy for a moment); counts a refusal that stays and carries
     * on, unless there are so many that the data would not be the county's ten times.
     */
    private String created(Callable<Api.Response> write) throws Exception {
        return created(write, 5, status -> status == 409 || status == 429 || status >= 500);
    }

    /**
     * As {@link #created(Callable)}, also asking again, for up to a minute, while the
     * service refuses what it has not heard of yet: its replica of partnership-service's
     * groups is built from their events.
     */
    private String createdOnceKnown(Callable<Api.Response> write) throws Exception {
        return created(write, 40, status -> status >= 400);
    }

    private String created(Callable<Api.Response> write, int attempts, IntPredicate passing) throws Exception {
        Api.Response response = null;
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                response = write.call();
            }
            catch (IllegalStateException ex) {
                // No answer in time from a busy service: the write may or may not have
                // been made.
                response = new Api.Response(504, String.valueOf(ex.getMessage()));
            }
            if (response.status() == 201 || response.status() == 200 || !passing.test(response.status())) {
                break;
            }
            Thread.sleep(Math.min(2_000, 100L * attempt));
        }
        if (response.status() != 201 && response.status() != 200) {
            System.out.println("[benchmark] refused: " + response.status() + " " + response.body());
            if (refused.incrementAndGet() > MAX_REFUSED) {
                throw new IllegalStateException("More than " + MAX_REFUSED + " writes refused; the last: "
                        + response.status() + " " + response.body());
            }
        }
        return response.body();
    }

    private List<String> inParallel(String what, List<Callable<String>> writes) throws Exception {
        long start = System.currentTimeMillis();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<String> results = new ArrayList<>();
            for (Future<String> result : writers.invokeAll(writes)) {
                results.add(result.get());
            }
            double seconds = (System.currentTimeMillis() - start) / 1000.0;
            System.out.printf("[benchmark] ten times the county: %d %s in %s s%n", writes.size(), what,
                    Report.format(seconds, 1));
            figures.put("county.generate." + what.replace(' ', '-') + ".seconds", seconds);
            return results;
        }
        finally {
            writers.shutdownNow();
        }
    }

    private static int countOf(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String partnership(String code) {
        return """
                {"code":"%s","name":"County bench partnership %s","kind":"DISTRICT_CSP","areas":["E07000154"],\
                "memberOrganisations":["%s","%s"],"managedBy":"%s"}""".formatted(code, code, MEMBERS_ORGANISATION,
                OWNER_ORGANISATION, Api.COUNTY_COUNCIL);
    }

    private static String localPriority(String partnership) {
        return """
                {"title":"County bench priority for %s","theme":"violence","scope":"LOCAL","partnership":"%s",\
                "leadGroup":"%s","sources":["STRATEGIC_ASSESSMENT"],"parent":"%s","since":"2015-16"}"""
            .formatted(partnership, partnership, partnership, COUNTYWIDE_PRIORITY);
    }

    private static String target(int number) {
        return """
                {"measure":"County bench target %d","unit":"index","direction":"REDUCE","baseline":100,\
                "baselineOn":"2025-01-01","target":60,"deadline":"2027-03-31"}""".formatted(number);
    }

    private static String reading(int target, int index) {
        LocalDate on = LocalDate.of(2025, 1, 1).plusDays(30L * (index + 1));
        double value = 100 - index * 3 - (target % 7);
        return """
                {"value":%s,"readOn":"%s","source":"County bench survey"}""".formatted(value, on);
    }

    private static String action(int number) {
        LocalDate due = LocalDate.now().plusDays(30 + number % 300);
        return """
                {"title":"County bench action %d","ownerOrganisation":"%s","dueDate":"%s"}""".formatted(number,
                OWNER_ORGANISATION, due);
    }

}
