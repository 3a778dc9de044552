package org.communitysafety.benchmarks;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.OptionalDouble;

/**
 * A service's Prometheus endpoint, read as its text format: enough to add up or take the
 * largest of a metric's series, whatever their labels.
 */
final class Prometheus {

    private Prometheus() {
    }

    /** The endpoint's text now; empty if the service does not answer. */
    static String scrape(String baseUrl) {
        try {
            Api.Response response = Api.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/prometheus"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build());
            return response.status() == 200 ? response.body() : "";
        }
        catch (IllegalStateException ex) {
            return "";
        }
    }

    /** The sum of every series of the metric; empty when it has none. */
    static OptionalDouble sum(String text, String metric) {
        double sum = 0;
        boolean found = false;
        for (double value : values(text, metric)) {
            sum += value;
            found = true;
        }
        return found ? OptionalDouble.of(sum) : OptionalDouble.empty();
    }

    /** The largest of the metric's series that are numbers; empty when none is. */
    static OptionalDouble max(String text, String metric) {
        OptionalDouble max = OptionalDouble.empty();
        for (double value : values(text, metric)) {
            if (max.isEmpty() || value > max.getAsDouble()) {
                max = OptionalDouble.of(value);
            }
        }
        return max;
    }

    private static double[] values(String text, String metric) {
        return text.lines()
            .filter(line -> !line.startsWith("#"))
            .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
            .mapToDouble(Prometheus::valueOf)
            .filter(value -> !Double.isNaN(value))
            .toArray();
    }

    /** The sample's value: the first field after the name and its labels. */
    private static double valueOf(String line) {
        int afterLabels = line.indexOf('}') >= 0 ? line.lastIndexOf('}') + 1 : line.indexOf(' ');
        String[] fields = line.substring(afterLabels).trim().split("\\s+");
        try {
            return Double.parseDouble(fields[0]);
        }
        catch (NumberFormatException ex) {
            return Double.NaN;
        }
    }

}
