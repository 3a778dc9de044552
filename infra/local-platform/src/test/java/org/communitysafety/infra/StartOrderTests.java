package org.communitysafety.infra;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.communitysafety.infra.PlatformService.AUTH_SERVER;
import static org.communitysafety.infra.PlatformService.GATEWAY;
import static org.communitysafety.infra.PlatformService.NOTIFICATION;
import static org.communitysafety.infra.PlatformService.PARTNERSHIP;
import static org.communitysafety.infra.PlatformService.PRIORITY;
import static org.communitysafety.infra.PlatformService.SCRUTINY;

class StartOrderTests {

    @Test
    void ordersTheTokenIssuerFirstThenTheServicesSideBySideAndTheGatewayLast() {
        assertThat(StartOrder.stages(EnumSet.allOf(PlatformService.class), PlatformService::dependencies))
            .containsExactly(List.of(AUTH_SERVER), List.of(PARTNERSHIP, PRIORITY, SCRUTINY, NOTIFICATION),
                    List.of(GATEWAY));
    }

    @Test
    void takesDependenciesOutsideTheSelectionAsSatisfied() {
        assertThat(StartOrder.stages(List.of(GATEWAY, PARTNERSHIP), PlatformService::dependencies))
            .containsExactly(List.of(PARTNERSHIP), List.of(GATEWAY));
    }

    @Test
    void refusesCircularDependencies() {
        Map<String, Set<String>> dependencies = Map.of("a", Set.of("b"), "b", Set.of("a"), "c", Set.of());

        assertThatIllegalArgumentException()
            .isThrownBy(() -> StartOrder.stages(List.of("a", "b", "c"), dependencies::get))
            .withMessageContaining("Circular")
            .withMessageContaining("a")
            .withMessageContaining("b");
    }

}
