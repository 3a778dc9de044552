package org.communitysafety.partnership.termsofreference;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.communitysafety.partnership.Fixtures;
import org.communitysafety.partnership.PartnershipServiceTest;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.PublishedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communitysafety.partnership.Fixtures.assertRuleViolated;
import static org.communitysafety.partnership.Fixtures.send;
import static org.communitysafety.partnership.Fixtures.update;

@PartnershipServiceTest
class TermsOfReferenceTests {

    @Autowired
    Fixtures fixtures;

    private ApiClient manager;

    @BeforeEach
    void setUp() {
        manager = fixtures.groupManager();
    }

    @Test
    void adoptsNewVersionsAndKeepsEveryVersionReadableByDate() {
        String group = fixtures.partnershipOf();
        String path = "/api/v1/partnerships/" + group + "/terms-of-reference";

        ApiClient.Response first = manager.post(path,
                terms("To reduce the harm associated with alcohol", "2015-04-01"));
        ApiClient.Response second = send(manager, "POST", path,
                terms("To reduce alcohol harm and its causes", "2016-04-01"), first.header("ETag").orElseThrow());

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(second.status()).as(second.toString()).isEqualTo(201);
        assertThat(second.header("Location")).contains(path + "/versions/2");
        JsonNode current = manager.get(path).json();
        assertThat(current.get("version").asInt()).isEqualTo(2);
        assertThat(current.get("effectiveUntil").isNull()).isTrue();
        JsonNode asAt = manager.get(path + "?asAt=2015-06-01").json();
        assertThat(asAt.get("version").asInt()).isEqualTo(1);
        assertThat(asAt.get("purpose").asString()).isEqualTo("To reduce the harm associated with alcohol");
        assertThat(asAt.get("effectiveUntil").asString()).isEqualTo("2016-03-31");
        assertThat(manager.get(path + "/versions").json().findValuesAsString("effectiveFrom"))
            .containsExactly("2015-04-01", "2016-04-01");
        assertThat(manager.get(path + "/versions/1").json().get("responsibilities").get(0).asString())
            .isEqualTo("The group will commission services appropriate to their aims.");
        // The history lists an adoption once the relay has published it, which it does
        // after the 201.
        await().atMost(Duration.ofSeconds(30))
            .untilAsserted(() -> assertThat(manager.get(path + "/history").json()).hasSize(2));
        JsonNode event = PublishedEvents.PARTNERSHIP.about("terms_of_reference/" + group,
                "terms-of-reference-adopted.v1");
        assertThat(EventContracts.of(".").violations("terms-of-reference-adopted.v1", event.get("data"))).isEmpty();
    }

    @Test
    void refusesAVersionThatDoesNotTakeEffectAfterTheCurrentOneOrIsAdoptedFromAStaleRead() {
        String group = fixtures.partnershipOf();
        String path = "/api/v1/partnerships/" + group + "/terms-of-reference";
        manager.post(path, terms("First purpose", "2015-04-01"));

        ApiClient.Response sameDay = update(manager, "POST", path, terms("Second purpose", "2015-04-01"));
        ApiClient.Response stale = send(manager, "POST", path, terms("Third purpose", "2016-04-01"), "\"7\"");

        assertRuleViolated(sameDay, "after version 1, which took effect on 2015-04-01");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.isProblem()).isTrue();
        assertThat(manager.get(path + "/versions").json()).hasSize(1);
    }

    @Test
    void answersWithProblemsWhereThereAreNoTermsToRead() {
        String group = fixtures.partnershipOf();
        String path = "/api/v1/partnerships/" + group + "/terms-of-reference";

        assertThat(manager.get(path).status()).isEqualTo(404);
        assertThat(manager.get(path + "/versions").json()).isEmpty();
        manager.post(path, terms("A purpose", "2015-04-01"));
        ApiClient.Response beforeFirst = manager.get(path + "?asAt=2014-01-01");
        ApiClient.Response noSuchVersion = manager.get(path + "/versions/3");
        ApiClient.Response noSuchGroup = manager.get("/api/v1/partnerships/no-such-group/terms-of-reference/versions");

        assertThat(beforeFirst.status()).isEqualTo(404);
        assertThat(beforeFirst.json().get("detail").asString()).contains("the first took effect on 2015-04-01");
        assertThat(noSuchVersion.status()).isEqualTo(404);
        assertThat(noSuchVersion.isProblem()).isTrue();
        assertThat(noSuchGroup.status()).isEqualTo(404);
    }

    @Test
    void refusesTermsFromAnAgencyBadTermsAndTermsForADissolvedGroup() {
        String group = fixtures.partnershipOf();
        String path = "/api/v1/partnerships/" + group + "/terms-of-reference";

        ApiClient.Response fromAgency = fixtures.as("northamptonshire-police", "AGENCY")
            .post(path, terms("Ours", null));
        ApiClient.Response noResponsibilities = manager.post(path,
                Map.of("purpose", "Purpose", "responsibilities", List.of()));
        ApiClient.Response tooLong = manager.post(path,
                Map.of("purpose", "x".repeat(2001), "responsibilities", List.of("Do")));
        update(manager, "POST", "/api/v1/partnerships/" + group + "/status", Map.of("status", "DISSOLVED"));
        ApiClient.Response dissolved = update(manager, "POST", path, terms("Too late", null));

        assertThat(fromAgency.status()).isEqualTo(403);
        assertThat(noResponsibilities.status()).isEqualTo(400);
        assertThat(noResponsibilities.json().get("errors").findValuesAsString("field"))
            .containsExactly("responsibilities");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("errors").findValuesAsString("field")).containsExactly("purpose");
        assertRuleViolated(dissolved, "dissolved");
        assertThat(manager.get(path + "/versions").json()).isEmpty();
    }

    private static Map<String, Object> terms(String purpose, String effectiveFrom) {
        Map<String, Object> terms = new LinkedHashMap<>();
        terms.put("purpose", purpose);
        terms.put("responsibilities", List.of("The group will commission services appropriate to their aims."));
        terms.put("effectiveFrom", effectiveFrom);
        return terms;
    }

}
