package org.communitysafety.testkit;

/**
 * What every service must do whatever its domain: report itself healthy (MongoDB reached
 * by ping), expose how many events wait in its outbox, refuse an anonymous caller with a
 * 401 problem detail, and answer an unknown route with a 404 problem detail. Each
 * service's own test runs these against itself, so a new service cannot ship without
 * them.
 */
public final class ServiceBaseline {

    private ServiceBaseline() {
    }

    public static void check(String baseUrl, String protectedPath) {
        ApiClient anonymous = ApiClient.at(baseUrl);
        expect(anonymous.get("/actuator/health"), 200, "application/");
        expect(anonymous.get("/actuator/health/readiness"), 200, "application/");
        expect(anonymous.get(protectedPath), 401, "application/problem+json");
        ApiClient reader = anonymous
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-police", "AGENCY"));
        expect(reader.get("/api/v1/no-such-resource"), 404, "application/problem+json");
        ApiClient.Response metrics = anonymous.get("/actuator/prometheus");
        expect(metrics, 200, "text/plain");
        if (!metrics.body().contains("platform_outbox_pending")) {
            throw new AssertionError("The outbox gauge is missing from the metrics");
        }
    }

    private static void expect(ApiClient.Response response, int status, String contentType) {
        if (response.status() != status || !response.contentType().startsWith(contentType)) {
            throw new AssertionError("Expected " + status + " " + contentType + " but got " + response);
        }
        if (status == 200 && response.body().contains("\"status\":\"DOWN\"")) {
            throw new AssertionError("Service reports itself down: " + response.body());
        }
    }

}
