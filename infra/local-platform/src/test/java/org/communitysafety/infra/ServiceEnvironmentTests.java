package org.communitysafety.infra;

import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceEnvironmentTests {

    private final InfrastructureAddresses infrastructure = new InfrastructureAddresses("127.0.0.1:19092",
            "mongodb://127.0.0.1:37017", "127.0.0.1", 13025);

    private final Map<PlatformService, Integer> ports = portsFrom(18080);

    @Test
    void givesEachDomainServiceItsPortOnLoopbackOnlyItsOwnDatabaseAndTheBroker() {
        assertThat(environmentOf(PlatformService.PARTNERSHIP)).containsExactlyInAnyOrderEntriesOf(
                Map.of("SERVER_PORT", String.valueOf(ports.get(PlatformService.PARTNERSHIP)), "SERVER_ADDRESS",
                        "127.0.0.1", "MONGODB_URI", "mongodb://127.0.0.1:37017/partnership", "KAFKA_BOOTSTRAP_SERVERS",
                        "127.0.0.1:19092", "AUTH_ISSUER", issuer(), "AUTH_JWK_SET_URI", issuer() + "/oauth2/jwks"));
        assertThat(environmentOf(PlatformService.SCRUTINY)).containsEntry("MONGODB_URI",
                "mongodb://127.0.0.1:37017/scrutiny");
    }

    @Test
    void givesTheSmtpServerOnlyToTheNotificationService() {
        assertThat(environmentOf(PlatformService.NOTIFICATION)).containsEntry("SMTP_HOST", "127.0.0.1")
            .containsEntry("SMTP_PORT", "13025")
            .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:37017/notification");
        assertThat(environmentOf(PlatformService.PRIORITY)).doesNotContainKeys("SMTP_HOST", "SMTP_PORT");
    }

    @Test
    void pointsTheGatewayAtEachServiceWhereverItListens() {
        assertThat(environmentOf(PlatformService.GATEWAY)).containsExactlyInAnyOrderEntriesOf(
                Map.of("SERVER_PORT", String.valueOf(ports.get(PlatformService.GATEWAY)), "PARTNERSHIP_SERVICE_URL",
                        "http://127.0.0.1:" + ports.get(PlatformService.PARTNERSHIP), "PRIORITY_SERVICE_URL",
                        "http://127.0.0.1:" + ports.get(PlatformService.PRIORITY), "SCRUTINY_SERVICE_URL",
                        "http://127.0.0.1:" + ports.get(PlatformService.SCRUTINY), "NOTIFICATION_SERVICE_URL",
                        "http://127.0.0.1:" + ports.get(PlatformService.NOTIFICATION), "AUTH_ISSUER", issuer(),
                        "AUTH_JWK_SET_URI", issuer() + "/oauth2/jwks"));
    }

    @Test
    void tellsTheTokenIssuerItsPortAndTheNameItIssuesTokensUnder() {
        assertThat(environmentOf(PlatformService.AUTH_SERVER)).containsExactlyInAnyOrderEntriesOf(
                Map.of("SERVER_PORT", String.valueOf(ports.get(PlatformService.AUTH_SERVER)), "AUTH_ISSUER", issuer()));
    }

    private Map<String, String> environmentOf(PlatformService service) {
        return ServiceEnvironment.of(service, ports, infrastructure);
    }

    private String issuer() {
        return "http://127.0.0.1:" + ports.get(PlatformService.AUTH_SERVER);
    }

    private static Map<PlatformService, Integer> portsFrom(int first) {
        Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            ports.put(service, first + service.ordinal());
        }
        return ports;
    }

}
