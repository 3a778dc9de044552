package org.communitysafety.scrutiny.events;

import org.communitysafety.scrutiny.Upstream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * This service's lenient copies read what the producers promise: the partnership
 * service's published examples, and the priority service's events as contracts.md fixes
 * them.
 */
class ConsumedContractsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void readsThePartnershipServicesPublishedExamples() {
        for (String contract : new String[] { "organisation-registered.v1", "organisation-updated.v1" }) {
            OrganisationFacts organisation = read(Upstream.partnershipExample(contract), OrganisationFacts.class);
            assertThat(organisation.organisationId()).isEqualTo("northamptonshire-police");
            assertThat(OrganisationFacts.TYPES).contains("org.communitysafety.partnership." + contract);
        }
        for (String contract : new String[] { "partnership-formed.v1", "partnership-updated.v1",
                "partnership-status-changed.v1" }) {
            PartnershipFacts partnership = read(Upstream.partnershipExample(contract), PartnershipFacts.class);
            assertThat(partnership.partnershipId()).isNotBlank();
            assertThat(PartnershipFacts.TYPES).contains("org.communitysafety.partnership." + contract);
        }
        assertThat(read(Upstream.partnershipExample("partnership-formed.v1"), PartnershipFacts.class).managedBy())
            .isEqualTo("northampton-borough-council");
    }

    @Test
    void readsThePriorityServicesEventsAsTheContractsFixThem() {
        PriorityFacts priority = read(Upstream.priorityAdopted("p-1", "northampton-csp"), PriorityFacts.class);
        ActionFacts action = read(Upstream.actionAssigned("a-1", "p-1", "northampton-csp"), ActionFacts.class);

        assertThat(priority.partnershipId()).isEqualTo("northampton-csp");
        assertThat(action.priorityId()).isEqualTo("p-1");
        assertThat(PriorityFacts.TYPES).contains("org.communitysafety.priority.priority-adopted.v1",
                "org.communitysafety.priority.priority-updated.v1", "org.communitysafety.priority.priority-retired.v1");
        assertThat(PlanFacts.TYPES).contains("org.communitysafety.priority.plan-published.v1");
        assertThat(ActionFacts.TYPES).containsExactly("org.communitysafety.priority.action-assigned.v1");
    }

    @Test
    void refusesDataWithoutTheFieldsItReliesOn() {
        assertThatThrownBy(() -> new PriorityFacts(" ", "A title", null)).hasMessageContaining("priorityId");
        assertThatThrownBy(() -> new ActionFacts("a-1", null, null, null)).hasMessageContaining("title");
    }

    private static <T> T read(JsonNode event, Class<T> type) {
        return JSON.treeToValue(event.get("data"), type);
    }

}
