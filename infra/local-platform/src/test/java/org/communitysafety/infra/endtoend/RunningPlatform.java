package org.communitysafety.infra.endtoend;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.EnumSet;

import org.communitysafety.infra.InfrastructureAddresses;
import org.communitysafety.infra.PlatformService;
import org.communitysafety.infra.ServiceProcesses;
import org.communitysafety.infra.Workspace;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.EventContracts;

/**
 * The whole platform as agencies meet it: the built jars of the auth server, the four
 * services and the gateway as separate processes, on the real Kafka node, MongoDB wire
 * server and SMTP server this JVM runs, exporting their spans to a trace receiver in this
 * JVM. Started once for the end-to-end suite and stopped when the JVM ends.
 */
final class RunningPlatform {

    private static RunningPlatform running;

    private final PlatformInfrastructure infrastructure;

    private final ServiceProcesses services;

    private final OtlpTraceReceiver traces;

    private RunningPlatform(PlatformInfrastructure infrastructure, ServiceProcesses services,
            OtlpTraceReceiver traces) {
        this.infrastructure = infrastructure;
        this.services = services;
        this.traces = traces;
    }

    static synchronized RunningPlatform get() {
        if (running == null) {
            PlatformInfrastructure infrastructure = PlatformInfrastructure.shared();
            Path logs;
            try {
                logs = Files.createDirectories(Path.of("target", "end-to-end-logs"));
            }
            catch (IOException ex) {
                throw new IllegalStateException(ex);
            }
            ServiceProcesses services = ServiceProcesses
                .onFreePorts(Workspace.locate(), addressesOf(infrastructure), logs)
                .closeOnJvmExit();
            OtlpTraceReceiver traces = OtlpTraceReceiver.start();
            for (PlatformService service : PlatformService.values()) {
                // As an operator configures a collector: Boot's own setting, from the
                // environment.
                services.withEnvironment(service, "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_OTLP_ENDPOINT",
                        traces.endpoint());
                services.withEnvironment(service, "MANAGEMENT_OPENTELEMETRY_TRACING_EXPORT_SCHEDULE_DELAY", "200ms");
            }
            services.start(EnumSet.allOf(PlatformService.class));
            running = new RunningPlatform(infrastructure, services, traces);
        }
        return running;
    }

    /**
     * The services reach the infrastructure this test JVM runs, each with a database of
     * its own.
     */
    private static InfrastructureAddresses addressesOf(PlatformInfrastructure infrastructure) {
        String anyDatabase = infrastructure.mongoUri("");
        return new InfrastructureAddresses(infrastructure.kafkaBootstrapServers(),
                anyDatabase.substring(0, anyDatabase.length() - 1), infrastructure.smtpHost(),
                infrastructure.smtpPort());
    }

    PlatformInfrastructure infrastructure() {
        return infrastructure;
    }

    ServiceProcesses services() {
        return services;
    }

    /** What the platform's processes exported of their traces. */
    OtlpTraceReceiver traces() {
        return traces;
    }

    ApiClient gateway() {
        return ApiClient.at(services.baseUrl(PlatformService.GATEWAY));
    }

    /**
     * The gateway, called with a token the development auth server issued to the client.
     */
    ApiClient gatewayAs(String client) {
        return gateway().withToken(tokenFor(client));
    }

    /** A token by the client-credentials grant, exactly as the README's curl gets one. */
    String tokenFor(String client) {
        return tokenFrom(services.baseUrl(PlatformService.AUTH_SERVER), client);
    }

    /** A token by the client-credentials grant from the auth server at this address. */
    static String tokenFrom(String authServer, String client) {
        String basic = Base64.getEncoder()
            .encodeToString((client + ":" + client + "-dev-secret").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(authServer + "/oauth2/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
            .build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient()
                .send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("No token for " + client + ": " + response.body());
            }
            return EventContracts.json(response.body()).get("access_token").asString();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    String log(PlatformService service) {
        try {
            return Files.readString(services.logFile(service));
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

}
