package org.communitysafety.partnership.events;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.communitysafety.partnership.Fixtures;
import org.communitysafety.partnership.PartnershipServiceTest;
import org.communitysafety.servicedefaults.events.EventType;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.partnership.Fixtures.send;
import static org.communitysafety.partnership.Fixtures.update;
import static org.communitysafety.partnership.Fixtures.with;

/**
 * The service publishes every event type under a contract (schema and example), and keeps
 * every event to it.
 */
@PartnershipServiceTest
class EventContractTests {

    @Autowired
    Fixtures fixtures;

    @Test
    void publishesAContractWithAnExampleForEveryEventTypeAndNoOthers() {
        PublishedEvents.PARTNERSHIP
            .assertAContractWithAnExampleForEach(PublishedEvents.PARTNERSHIP.declaredContracts(EventType.class));
    }

    @Test
    void keepsEveryEventItPublishesToItsContract() {
        causeOneOfEveryEvent();
        PublishedEvents.PARTNERSHIP.assertEveryEventKeepsItsContract(
                PublishedEvents.PARTNERSHIP.declaredContracts(EventType.class), Duration.ofSeconds(30));
    }

    /** Every change the service knows, once: each publishes its own event type. */
    private void causeOneOfEveryEvent() {
        ApiClient manager = fixtures.groupManager();
        String police = fixtures.registeredOrganisation();
        String fire = fixtures.registeredOrganisation();
        update(fixtures.administrator(), "PATCH", "/api/v1/organisations/" + police, Map.of("name", "Renamed police"));
        String group = fixtures
            .formed(with(Fixtures.partnership(Fixtures.unique("csp"), List.of(police)), "status", "PROPOSED"));
        String path = "/api/v1/partnerships/" + group;
        update(manager, "PATCH", path, Map.of("reportingCadence", "P6M"));
        update(manager, "POST", path + "/status", Map.of("status", "ACTIVE"));
        update(manager, "PUT", path + "/member-organisations/" + fire, null);
        update(manager, "DELETE", path + "/member-organisations/" + fire, null);
        manager.post(path + "/terms-of-reference",
                Map.of("purpose", "A purpose", "responsibilities", List.of("A duty")));
        String email = Fixtures.unique("every") + "@police.example";
        String member = fixtures.appointed(group, Fixtures.member(police, email, "MEMBER"));
        update(manager, "PATCH", path + "/members/" + member, Map.of("roleOnGroup", "ADVISER"));
        update(manager, "POST", path + "/members/" + member + "/stand-down", Map.of());
        assertThat(send(fixtures.administrator(), "DELETE", "/api/v1/people/" + email, null, null).status())
            .isEqualTo(200);
    }

}
