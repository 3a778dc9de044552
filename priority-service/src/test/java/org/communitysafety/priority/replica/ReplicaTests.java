package org.communitysafety.priority.replica;

import java.time.Duration;

import org.bson.Document;
import org.communitysafety.priority.Fixtures;
import org.communitysafety.priority.PartnershipTopic;
import org.communitysafety.priority.PriorityServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The replica is built from the partnership service's own published examples, and an
 * event older than what it holds changes nothing.
 */
@PriorityServiceTest
class ReplicaTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Directory directory;

    @Autowired
    MongoTemplate mongo;

    @Test
    void followsAnOrganisationsNameAndIgnoresAnOlderEventArrivingLate() {
        String code = fixtures.organisation("police");

        PartnershipTopic.publish(organisation(code, "organisation-updated.v1", "Renamed", "2015-06-01T00:00:00Z"));
        ObjectNode stale = organisation(code, "organisation-updated.v1", "Stale", "2015-05-01T00:00:00Z");
        PartnershipTopic.publish(stale);

        String handled = "priority-organisation-replica/" + stale.get("id").asString();
        await().atMost(Duration.ofSeconds(30))
            .until(() -> mongo.getCollection("processed_events").countDocuments(new Document("_id", handled)) == 1);
        assertThat(mongo.findById(code, Organisation.class).name()).isEqualTo("Renamed");
    }

    @Test
    void followsAGroupsStatusAndMemberOrganisations() {
        String council = fixtures.organisation("council");
        String csp = fixtures.group("csp", "DISTRICT_CSP", council, java.util.List.of(council));

        ObjectNode added = PartnershipTopic.example("member-organisation-added.v1", "partnerships", csp);
        PartnershipTopic.data(added).put("partnershipId", csp);
        PartnershipTopic.publish(added);
        ObjectNode dissolved = PartnershipTopic.example("partnership-status-changed.v1", "partnerships", csp);
        PartnershipTopic.data(dissolved).put("partnershipId", csp).put("status", "DISSOLVED");
        PartnershipTopic.publish(dissolved);

        await().atMost(Duration.ofSeconds(30))
            .until(() -> directory.findGroup(csp).map(Group::isDissolved).orElse(false));
        Group group = directory.findGroup(csp).orElseThrow();
        assertThat(group.memberOrganisations()).contains("northamptonshire-youth-offending-service");
        assertThat(group.managedBy()).isEqualTo(council);
        assertThat(group.kind()).isEqualTo("DISTRICT_CSP");
    }

    private static ObjectNode organisation(String code, String contract, String name, String time) {
        ObjectNode event = PartnershipTopic.example(contract, "organisations", code);
        event.put("time", time);
        PartnershipTopic.data(event).put("organisationId", code).put("name", name);
        return event;
    }

}
