package org.communitysafety.infra;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.communitysafety.localinfrastructure.FreePorts;

/**
 * The ports of the local platform's Kafka node, Mongo wire server and SMTP server with
 * its mail web API.
 */
public record InfrastructurePorts(int kafka, int kafkaController, int mongo, int smtp, int mailWeb) {

    /** The usual ports of each product, so that any client's defaults just work. */
    public static InfrastructurePorts defaults() {
        return new InfrastructurePorts(9092, 9093, 27017, 3025, 8025);
    }

    public static InfrastructurePorts free() {
        return new InfrastructurePorts(FreePorts.next(), FreePorts.next(), FreePorts.next(), FreePorts.next(),
                FreePorts.next());
    }

    /**
     * The defaults, each overridable by a setting named {@code kafka.port},
     * {@code mongo.port} and so on.
     */
    public static InfrastructurePorts configured(UnaryOperator<String> settings) {
        InfrastructurePorts defaults = defaults();
        return new InfrastructurePorts(port(settings, "kafka", defaults.kafka()),
                port(settings, "kafka-controller", defaults.kafkaController()),
                port(settings, "mongo", defaults.mongo()), port(settings, "smtp", defaults.smtp()),
                port(settings, "mail-web", defaults.mailWeb()));
    }

    /** Each port by the name used in settings and messages. */
    public Map<String, Integer> byName() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("kafka", kafka);
        ports.put("kafka-controller", kafkaController);
        ports.put("mongo", mongo);
        ports.put("smtp", smtp);
        ports.put("mail-web", mailWeb);
        return ports;
    }

    private static int port(UnaryOperator<String> settings, String name, int fallback) {
        String value = settings.apply(name + ".port");
        return value == null ? fallback : Integer.parseInt(value.trim());
    }
}
