package org.communitysafety.infra;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The environment variables a service is configured by: its port, its own database, the
 * broker, the SMTP server for the notification service, the token issuer each checks
 * tokens against (and the issuer's own name for itself), and for the gateway where each
 * service listens. The same names are used by the container images and the Kubernetes
 * manifests, so nothing changes between the two.
 */
final class ServiceEnvironment {

    private ServiceEnvironment() {
    }

    static Map<String, String> of(PlatformService service, Map<PlatformService, Integer> ports,
            InfrastructureAddresses infrastructure) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("SERVER_PORT", String.valueOf(ports.get(service)));
        service.database().ifPresent(database -> environment.put("MONGODB_URI", infrastructure.mongoUri(database)));
        if (PlatformService.domainServices().contains(service)) {
            // Only the gateway (and the development token issuer) listen beyond this
            // machine.
            environment.put("SERVER_ADDRESS", "127.0.0.1");
            environment.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        }
        if (service == PlatformService.NOTIFICATION) {
            environment.put("SMTP_HOST", infrastructure.smtpHost());
            environment.put("SMTP_PORT", String.valueOf(infrastructure.smtpPort()));
        }
        String issuer = baseUrl(ports.get(PlatformService.AUTH_SERVER));
        environment.put("AUTH_ISSUER", issuer);
        if (service != PlatformService.AUTH_SERVER) {
            environment.put("AUTH_JWK_SET_URI", issuer + "/oauth2/jwks");
        }
        if (service == PlatformService.GATEWAY) {
            PlatformService.domainServices()
                .forEach(routed -> environment.put(routed.urlVariable(), baseUrl(ports.get(routed))));
        }
        return environment;
    }

    static String baseUrl(int port) {
        return "http://127.0.0.1:" + port;
    }

}
