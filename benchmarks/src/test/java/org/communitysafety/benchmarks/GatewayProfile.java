package org.communitysafety.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * A Flight Recorder profile of the gateway's JVM under a steady read load, and where its
 * CPU samples fall: each sample goes to the stage of the gateway whose code is nearest
 * the top of its stack (the token check, the rate limiter, the circuit breaker, routing
 * and proxying, the access log...), so the shares say what each stage costs itself.
 */
final class GatewayProfile {

    /** Stages by the packages or classes of their code; the first that matches wins. */
    private static final Map<String, List<String>> STAGES = stages();

    private GatewayProfile() {
    }

    static Path recording() {
        return BenchmarkSettings.directory().resolve("gateway.jfr");
    }

    static void start(Figures figures) {
        jcmd(figures, "JFR.start", "name=benchmark", "settings=profile", "filename=" + recording());
    }

    static void stop(Figures figures) {
        jcmd(figures, "JFR.stop", "name=benchmark");
    }

    /** Puts each stage's share of the gateway's CPU samples into the figures. */
    static void summarise(Figures figures) throws IOException {
        if (!Files.exists(recording())) {
            return;
        }
        Map<String, Integer> byStage = new LinkedHashMap<>();
        STAGES.keySet().forEach(stage -> byStage.put(stage, 0));
        byStage.put("other (JDK, Spring, Reactor)", 0);
        Map<String, Integer> topMethods = new TreeMap<>();
        int total = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(recording())) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            total++;
            byStage.merge(stageOf(frames), 1, Integer::sum);
            RecordedFrame top = frames.get(0);
            topMethods.merge(top.getMethod().getType().getName() + "." + top.getMethod().getName(), 1, Integer::sum);
        }
        figures.put("profile.gateway.samples", total);
        for (Map.Entry<String, Integer> stage : byStage.entrySet()) {
            figures.put("profile.gateway.stage." + stage.getKey(), total == 0 ? 0 : 100.0 * stage.getValue() / total);
        }
        int rank = 1;
        for (Map.Entry<String, Integer> method : topMethods.entrySet()
            .stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .limit(8)
            .toList()) {
            figures.put("profile.gateway.top." + rank++, String.format(java.util.Locale.ROOT, "%.1f%% %s",
                    100.0 * method.getValue() / total, method.getKey()));
        }
        figures.save();
    }

    static String stageOf(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            if (frame.getMethod() == null || frame.getMethod().getType() == null) {
                continue;
            }
            String type = frame.getMethod().getType().getName();
            for (Map.Entry<String, List<String>> stage : STAGES.entrySet()) {
                for (String prefix : stage.getValue()) {
                    if (type.startsWith(prefix)) {
                        return stage.getKey();
                    }
                }
            }
        }
        return "other (JDK, Spring, Reactor)";
    }

    private static Map<String, List<String>> stages() {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        stages.put("token check (JWT decode, signature, claims)",
                List.of("com.nimbusds", "org.springframework.security", "org.communitysafety.gateway.security",
                        "sun.security", "java.security", "javax.crypto", "com.sun.crypto"));
        stages.put("rate limiter", List.of("org.communitysafety.gateway.ratelimit"));
        stages.put("circuit breaker and time limiter",
                List.of("io.github.resilience4j", "org.springframework.cloud.circuitbreaker",
                        "org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreaker"));
        stages.put("retry filter", List.of("org.springframework.cloud.gateway.filter.factory.Retry",
                "reactor.util.retry", "reactor.core.publisher.FluxRetryWhen"));
        stages.put("access log, tracing and metrics",
                List.of("ch.qos.logback", "org.slf4j", "org.springframework.boot.logging",
                        "org.communitysafety.gateway.tracing", "org.communitysafety.gateway.client", "io.micrometer",
                        "org.springframework.http.server.reactive.observation"));
        stages.put("gateway's own filters (headers, size, CORS, problems)", List.of("org.communitysafety.gateway"));
        stages.put("routing and proxying (Spring Cloud Gateway)", List.of("org.springframework.cloud.gateway"));
        stages.put("HTTP I/O (Reactor Netty, Netty)", List.of("reactor.netty", "io.netty"));
        stages.put("JSON (Jackson)", List.of("tools.jackson", "com.fasterxml.jackson"));
        return stages;
    }

    private static void jcmd(Figures figures, String... command) {
        String pid = figures.get("pid.gateway");
        if (pid == null) {
            return;
        }
        List<String> line = new java.util.ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(pid);
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(
                        ProcessBuilder.Redirect.appendTo(BenchmarkSettings.directory().resolve("jcmd.log").toFile()))
                .start();
            process.waitFor(30, TimeUnit.SECONDS);
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }

}
