package org.communitysafety.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few calls a run makes outside the load: tokens from the development token issuer
 * (as the README's curl and the end-to-end suite get them), the data the load needs, and
 * reading what the platform did.
 */
final class Api {

    /**
     * The baseline's administrator and the county's group manager (infra/auth-server).
     */
    static final String ADMINISTRATOR = "platform-administrator";

    static final String GROUP_MANAGER = "county-community-safety-team";

    /**
     * The organisation the group manager acts for, which runs the groups appointed to.
     */
    static final String COUNTY_COUNCIL = "northamptonshire-county-council";

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Api() {
    }

    record Response(int status, String body) {

        Response expect(int... statuses) {
            for (int expected : statuses) {
                if (status == expected) {
                    return this;
                }
            }
            throw new IllegalStateException("Unexpected " + status + ": " + body);
        }

    }

    /** A token by the client-credentials grant. */
    static String token(String client) {
        String basic = Base64.getEncoder()
            .encodeToString((client + ":" + client + "-dev-secret").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(BenchmarkSettings.authServer() + "/oauth2/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build();
        Response response = send(request).expect(200);
        return field(response.body(), "access_token").orElseThrow();
    }

    static Response get(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build());
    }

    static Response post(String url, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
    }

    /** A POST with headers of its own, e.g. If-Match. */
    static Response post(String url, String token, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
            .header("Authorization", "Bearer " + token)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    static boolean healthy(String baseUrl) {
        return healthyAt(baseUrl + "/actuator/health");
    }

    static boolean healthyAt(String url) {
        try {
            HttpResponse<Void> response = CLIENT.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        }
        catch (IOException ex) {
            return false;
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        }
        catch (IOException ex) {
            throw new IllegalStateException(request.uri() + ": " + ex, ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** A string field of a flat JSON answer; enough for the few fields read here. */
    static Optional<String> field(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Every value of a string field, wherever it occurs in the answer. */
    static List<String> fields(String json, String name) {
        Matcher matcher = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            values.add(matcher.group(1));
        }
        return values;
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A body for registering an organisation: the write of the gateway comparison. */
    static String organisation(String code) {
        return """
                {"code":"%s","name":"Benchmark Police %s","type":"POLICE","responsibleAuthority":true,\
                "areas":["E10000021"]}""".formatted(code, code);
    }

    /**
     * Registers an organisation and a partnership it sits on, run by the county council.
     */
    static String partnershipWithMember(String adminToken, String organisation) {
        post(BenchmarkSettings.gateway() + "/api/v1/organisations", adminToken, organisation(organisation)).expect(201,
                409);
        post(BenchmarkSettings.gateway() + "/api/v1/organisations", adminToken, countyCouncil()).expect(201, 409);
        String code = unique("bench-csp");
        post(BenchmarkSettings.gateway() + "/api/v1/partnerships", adminToken, """
                {"code":"%s","name":"Partnership %s","kind":"DISTRICT_CSP","areas":["E07000154"],\
                "memberOrganisations":["%s"],"managedBy":"%s"}""".formatted(code, code, organisation, COUNTY_COUNCIL))
            .expect(201);
        return code;
    }

    /** The county council, which runs the groups the benchmarks create. */
    static String countyCouncil() {
        return """
                {"code":"%s","name":"Northamptonshire County Council","type":"COUNTY_COUNCIL",\
                "responsibleAuthority":true,"areas":["E10000021"]}""".formatted(COUNTY_COUNCIL);
    }

    /** A body for appointing a member: the write that becomes an email. */
    static String member(String organisation, String email) {
        return """
                {"organisation":"%s","name":"Jo Example (fictional)","role":"Chief Inspector","email":"%s",\
                "roleOnGroup":"MEMBER","delegatedAuthority":true,\
                "authorityScope":"Commit neighbourhood policing time to agreed actions"}""".formatted(organisation,
                email);
    }

}
