package org.communitysafety.infra;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.communitysafety.localinfrastructure.FreePorts;

/**
 * The port each service listens on: fixed and overridable for the local platform, free
 * ones for tests.
 */
final class ServicePorts {

    private ServicePorts() {
    }

    static Map<PlatformService, Integer> free() {
        Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            int port = FreePorts.next();
            while (ports.containsValue(port)) {
                port = FreePorts.next();
            }
            ports.put(service, port);
        }
        return ports;
    }

    /**
     * Each service's default port unless a setting named {@code <module>.port} says
     * otherwise.
     */
    static Map<PlatformService, Integer> configured(UnaryOperator<String> settings) {
        Map<PlatformService, Integer> ports = new EnumMap<>(PlatformService.class);
        for (PlatformService service : PlatformService.values()) {
            String value = settings.apply(service.module() + ".port");
            ports.put(service, value == null ? service.defaultPort() : Integer.parseInt(value.trim()));
        }
        return ports;
    }

}
