package org.communitysafety.infra.endtoend;

import org.communitysafety.testkit.ApiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county baseline, loaded by an administrator through the gateway: a second load
 * changes nothing, and what it holds (the groups, their terms of reference from the
 * source agreement) reads back through the gateway.
 */
class CountyBaselineEndToEndTests {

    private final RunningPlatform platform = RunningPlatform.get();

    @Test
    void loadsTwiceWithTheSameResultAndReadsBackThroughTheGateway() {
        ApiClient administrator = platform.gatewayAs(Registry.ADMINISTRATOR);

        ApiClient.Response first = administrator.post("/api/v1/partnership-baseline", "");
        ApiClient.Response second = administrator.post("/api/v1/partnership-baseline", "");

        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        JsonNode inAll = total(first.json());
        assertThat(inAll.get("partnerships").asInt()).isEqualTo(13);
        assertThat(inAll.get("organisations").asInt()).isEqualTo(15);
        assertThat(second.json().get("created").valueStream().mapToInt(JsonNode::asInt).sum()).isZero();
        assertThat(second.json().get("alreadyPresent")).isEqualTo(inAll);

        ApiClient police = platform.gatewayAs("northamptonshire-police");
        JsonNode csps = police.get("/api/v1/partnerships?kind=DISTRICT_CSP").json();
        assertThat(csps.get("totalItems").asInt()).isGreaterThanOrEqualTo(6);
        JsonNode terms = police.get("/api/v1/partnerships/asb-and-hate-crime-group/terms-of-reference").json();
        assertThat(terms.toString()).contains("mitigate risk in relation to victimisation from ASB and Hate Crime");
        assertThat(platform.gatewayAs("northamptonshire-police").post("/api/v1/partnership-baseline", "").status())
            .isEqualTo(403);
    }

    private static JsonNode total(JsonNode loaded) {
        ObjectNode total = (ObjectNode) loaded.get("created").deepCopy();
        for (String field : new String[] { "organisations", "partnerships", "termsOfReference", "members" }) {
            total.put(field,
                    loaded.get("created").get(field).asInt() + loaded.get("alreadyPresent").get(field).asInt());
        }
        return total;
    }

}
