package org.communitysafety.partnership.membership;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communitysafety.localinfrastructure.ApiClient;
import org.communitysafety.localinfrastructure.EventContracts;
import org.communitysafety.localinfrastructure.PlatformInfrastructure;
import org.communitysafety.localinfrastructure.TestTokens;
import org.communitysafety.localinfrastructure.TopicReader;
import org.communitysafety.partnership.Fixtures;
import org.communitysafety.partnership.PartnershipServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

@PartnershipServiceTest
class MembershipTests {

    @LocalServerPort
    int port;

    private Fixtures fixtures;

    private ApiClient groupManager;

    @BeforeEach
    void setUp() {
        fixtures = new Fixtures(port);
        groupManager = ApiClient.at("http://127.0.0.1:" + port)
                .withToken(TestTokens.shared().forOrganisation("northamptonshire-county-council", "GROUP_MANAGER"));
    }

    @Test
    void appointsARepresentativeAndPublishesMemberAppointedKeepingItsContract() {
        String police = fixtures.registeredOrganisation();
        String csp = fixtures.partnershipOf(police);

        ApiClient.Response appointed = groupManager.post("/api/v1/partnerships/" + csp + "/members",
                Fixtures.member(police, "Sam.Example@Police.example", "CHAIR"));

        assertThat(appointed.status()).as(appointed.toString()).isEqualTo(201);
        assertThat(appointed.header("ETag")).contains("\"0\"");
        String membershipId = appointed.json().get("id").asString();
        assertThat(appointed.json().get("email").asString()).isEqualTo("sam.example@police.example");
        assertThat(groupManager.get("/api/v1/partnerships/" + csp + "/members").json())
                .extracting(member -> member.get("id").asString()).containsExactly(membershipId);

        JsonNode event = publishedEvent("memberships/" + membershipId);
        assertThat(event.get("type").asString()).isEqualTo("org.communitysafety.partnership.member-appointed.v1");
        assertThat(event.get("specversion").asString()).isEqualTo("1.0");
        assertThat(event.get("source").asString()).isEqualTo("/services/partnership");
        assertThat(event.get("partitionkey").asString()).isEqualTo(membershipId);
        assertThat(event.get("organisation").asString()).isEqualTo("northamptonshire-county-council");
        assertThat(event.get("actor").asString()).isEqualTo("northamptonshire-county-council");
        assertThat(event.get("traceparent").asString()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(EventContracts.of(".").violations("member-appointed.v1", event.get("data"))).isEmpty();
    }

    @Test
    void theProducersExamplesKeepTheirOwnContracts() {
        EventContracts contracts = EventContracts.of(".");
        for (String contract : List.of("member-appointed.v1", "organisation-registered.v1", "partnership-formed.v1")) {
            JsonNode example = EventContracts.json(contracts.example(contract));
            assertThat(contracts.violations(contract, example.get("data"))).as(contract).isEmpty();
            assertThat(example.get("type").asString()).endsWith(contract.replace(".v1", ".v1"));
        }
    }

    @Test
    void keepsTheHistoryOfWhoChangedAnOrganisationAndWhen() {
        String police = fixtures.registeredOrganisation();

        JsonNode history = groupManager.get("/api/v1/organisations/" + police + "/history").json();

        assertThat(history).hasSize(1);
        assertThat(history.get(0).get("type").asString()).isEqualTo("org.communitysafety.partnership.organisation-registered.v1");
        assertThat(history.get(0).get("organisation").asString()).isEqualTo("northamptonshire-county-council");
        assertThat(history.get(0).get("data").get("organisationId").asString()).isEqualTo(police);
    }

    @Test
    void refusesAnOrganisationThatIsNotAMemberOfThePartnership() {
        String police = fixtures.registeredOrganisation();
        String outsider = fixtures.registeredOrganisation();
        String csp = fixtures.partnershipOf(police);

        ApiClient.Response refused = groupManager.post("/api/v1/partnerships/" + csp + "/members",
                Fixtures.member(outsider, "x@outsider.example", "MEMBER"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().get("detail").asString()).contains("not a member organisation");
    }

    @Test
    void refusesASecondChairWhileTheFirstServes() {
        String police = fixtures.registeredOrganisation();
        String csp = fixtures.partnershipOf(police);
        groupManager.post("/api/v1/partnerships/" + csp + "/members", Fixtures.member(police, "first@police.example", "CHAIR"));

        ApiClient.Response refused = groupManager.post("/api/v1/partnerships/" + csp + "/members",
                Fixtures.member(police, "second@police.example", "CHAIR"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("already has a chair");
    }

    @Test
    void refusesTheSamePersonTwiceOnOneGroup() {
        String police = fixtures.registeredOrganisation();
        String csp = fixtures.partnershipOf(police);
        groupManager.post("/api/v1/partnerships/" + csp + "/members", Fixtures.member(police, "same@police.example", "MEMBER"));

        ApiClient.Response refused = groupManager.post("/api/v1/partnerships/" + csp + "/members",
                Fixtures.member(police, "SAME@police.example", "ADVISER"));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("detail").asString()).contains("already a member");
    }

    @Test
    void refusesAnAppointmentWithoutATokenOrFromAnAgencyOrWithAForgedToken() {
        String police = fixtures.registeredOrganisation();
        String csp = fixtures.partnershipOf(police);
        String path = "/api/v1/partnerships/" + csp + "/members";
        var body = Fixtures.member(police, "someone@police.example", "MEMBER");
        ApiClient anonymous = ApiClient.at("http://127.0.0.1:" + port);

        assertThat(anonymous.post(path, body).status()).isEqualTo(401);
        assertThat(anonymous.post(path, body).isProblem()).isTrue();
        assertThat(anonymous.withToken(TestTokens.shared().forOrganisation(police, "AGENCY")).post(path, body).status())
                .isEqualTo(403);
        assertThat(anonymous.withToken(TestTokens.shared().expiredFor("x", "ADMINISTRATOR")).post(path, body).status())
                .isEqualTo(401);
        assertThat(anonymous.withToken(TestTokens.shared().signedByAStranger("x", "ADMINISTRATOR")).post(path, body)
                .status()).isEqualTo(401);
        assertThat(groupManager.get(path).json()).isEmpty();
    }

    private JsonNode publishedEvent(String subject) {
        try (TopicReader reader = new TopicReader(PlatformInfrastructure.shared().kafkaBootstrapServers(), "partnership.events")) {
            List<ConsumerRecord<String, String>> records = reader.readUntil(
                    read -> read.stream().anyMatch(record -> record.value().contains("\"" + subject + "\"")),
                    Duration.ofSeconds(30));
            return records.stream().filter(record -> record.value().contains("\"" + subject + "\""))
                    .map(record -> EventContracts.json(record.value())).findFirst()
                    .orElseThrow(() -> new AssertionError("No event published for " + subject));
        }
    }
}
