package org.communitysafety.notification.organisation;

import java.time.Duration;
import java.util.UUID;

import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.PartnershipTopic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

import static org.awaitility.Awaitility.await;

@NotificationServiceTest
class OrganisationsTests {

    @Autowired
    Organisations organisations;

    @Test
    void namesAnOrganisationAsItsLatestUpdateDoes() {
        String organisationId = "test-" + UUID.randomUUID().toString().substring(0, 8);

        PartnershipTopic.publish(about(organisationId, "organisation-registered.v1", "Northamptonshire Constabulary"));
        PartnershipTopic.publish(about(organisationId, "organisation-updated.v1", "Northamptonshire Police"));

        await().atMost(Duration.ofSeconds(30))
            .until(() -> organisations.nameOf(organisationId).equals("Northamptonshire Police"));
    }

    private static ObjectNode about(String organisationId, String contract, String name) {
        ObjectNode event = PartnershipTopic.example(contract);
        event.put("subject", "organisations/" + organisationId);
        event.put("partitionkey", organisationId);
        ((ObjectNode) event.get("data")).put("organisationId", organisationId).put("name", name);
        return event;
    }

}
