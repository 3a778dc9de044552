package org.communitysafety.infra;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the launcher prints once everything is up: where each part listens and where its
 * logs are.
 */
final class PlatformSummary {

    private static final String ROW = "  %-22s %s%n";

    private PlatformSummary() {
    }

    static String render(LocalPlatformSettings settings, List<PlatformService> started, Duration took,
            long launcherPid) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT,
                "%nThe community safety partnership platform is running (started in %.1f s).%n%n",
                took.toMillis() / 1000.0));
        Map<PlatformService, Integer> ports = settings.servicePorts();
        if (started.contains(PlatformService.GATEWAY)) {
            String gateway = "http://localhost:" + ports.get(PlatformService.GATEWAY);
            text.append(ROW.formatted("API (gateway)", gateway));
            text.append(ROW.formatted("API docs", gateway + "/swagger-ui.html"));
        }
        started.stream().filter(service -> service != PlatformService.GATEWAY).forEach(service -> {
            String role = service == PlatformService.AUTH_SERVER ? "token issuer" : "reached through the gateway";
            text.append(ROW.formatted(service.module(), "http://localhost:" + ports.get(service) + "  (" + role + ")"));
        });
        InfrastructurePorts infrastructure = settings.infrastructurePorts();
        String mailWeb = "http://127.0.0.1:" + infrastructure.mailWeb();
        text.append(ROW.formatted("kafka", "127.0.0.1:" + infrastructure.kafka()));
        text.append(ROW.formatted("mongo", "mongodb://127.0.0.1:" + infrastructure.mongo()));
        text.append(ROW.formatted("smtp", "127.0.0.1:" + infrastructure.smtp()));
        text.append(ROW.formatted("mail reader", mailWeb + "/api/user/{email}/messages/INBOX"));
        text.append(ROW.formatted("",
                "(API explorer at " + mailWeb + "/, empty the mailboxes with POST " + mailWeb + "/api/mail/purge)"));
        text.append(ROW.formatted("logs", settings.logsDirectory()));
        text.append(ROW.formatted("data", settings.dataDirectory() + "  (kept for the next start)"));
        if (settings.infrastructureOnly()) {
            text.append("%n  Services not started (%s): run them against the addresses above.%n"
                .formatted(LocalPlatformSettings.INFRASTRUCTURE_ONLY));
        }
        text.append("%nStop everything with Ctrl-C (or kill %d); it stops in reverse order.%n".formatted(launcherPid));
        return text.toString();
    }

}
