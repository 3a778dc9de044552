package org.communitysafety.partnership.person;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communitysafety.partnership.Fixtures;
import org.communitysafety.partnership.PartnershipServiceTest;
import org.communitysafety.partnership.PublishedKeys;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.PublishedEvents;
import org.communitysafety.testkit.TopicReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.communitysafety.partnership.Fixtures.send;
import static org.communitysafety.partnership.Fixtures.with;

@PartnershipServiceTest
class PersonalDataTests {

    @Autowired
    Fixtures fixtures;

    private ApiClient administrator;

    private String police;

    @BeforeEach
    void setUp() {
        administrator = fixtures.administrator();
        police = fixtures.registeredOrganisation();
    }

    @Test
    void exportsEverythingHeldAboutAPersonWithTheHistoryOfEachMembership() {
        String email = Fixtures.unique("export") + "@police.example";
        String first = fixtures.appointed(fixtures.partnershipOf(police), Fixtures.member(police, email, "MEMBER"));
        String second = fixtures.appointed(fixtures.partnershipOf(police), Fixtures.member(police, email, "CHAIR"));

        ApiClient.Response export = administrator.get("/api/v1/people/" + email.toUpperCase() + "/export");

        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        assertThat(export.json().get("email").asString()).isEqualTo(email);
        assertThat(export.json().get("memberships").findValuesAsString("id")).containsExactlyInAnyOrder(first, second);
        assertThat(export.json().get("history").get(first).get(0).get("type").asString())
            .endsWith("member-appointed.v2");
    }

    @Test
    void letsOnlyAnAdministratorExportOrEraseAPersonsData() {
        String email = Fixtures.unique("guarded") + "@police.example";
        fixtures.appointed(fixtures.partnershipOf(police), Fixtures.member(police, email, "MEMBER"));
        String export = "/api/v1/people/" + email + "/export";

        for (ApiClient caller : List.of(fixtures.groupManager(), fixtures.as(police, "AGENCY"))) {
            assertThat(caller.get(export).status()).isEqualTo(403);
            assertThat(send(caller, "DELETE", "/api/v1/people/" + email, null, null).status()).isEqualTo(403);
        }
        ApiClient.Response anonymous = fixtures.anonymous().get(export);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.isProblem()).isTrue();
        assertThat(administrator.get("/api/v1/people/nobody@nowhere.example/export").status()).isEqualTo(404);
        ApiClient.Response badEmail = administrator.get("/api/v1/people/not-an-email/export");
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.isProblem()).isTrue();
        assertThat(administrator.get(export).status()).isEqualTo(200);
    }

    @Test
    void erasesAPersonHereAndTellsTheOtherServicesWhichMembershipsToForgetWithoutNamingThem() {
        String email = Fixtures.unique("erase") + "@police.example";
        String group = fixtures.partnershipOf(police);
        String serving = fixtures.appointed(group,
                with(Fixtures.member(police, email, "CHAIR"), "startDate", "2015-04-01"));
        String ended = fixtures.appointed(fixtures.partnershipOf(police),
                with(Fixtures.member(police, email, "MEMBER"), "startDate", "2015-04-01", "endDate", "2015-12-31"));
        PublishedEvents.PARTNERSHIP.about("memberships/" + serving, "member-appointed.v2");

        ApiClient.Response erased = send(administrator, "DELETE", "/api/v1/people/" + email, null, null);

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertThat(erased.json().get("membershipIds")).extracting(JsonNode::asString)
            .containsExactlyInAnyOrder(serving, ended);
        JsonNode event = PublishedEvents.PARTNERSHIP.about("erasures/" + erased.json().get("erasureId").asString(),
                "person-erased.v1");
        assertThat(event.get("data").get("membershipIds")).extracting(JsonNode::asString)
            .containsExactlyInAnyOrder(serving, ended);
        assertThat(event.toString()).doesNotContain(email).doesNotContain("Sam Example");
        assertThat(EventContracts.of(".").violations("person-erased.v1", event.get("data"))).isEmpty();

        JsonNode member = administrator.get("/api/v1/partnerships/" + group + "/members/" + serving).json();
        assertThat(member.get("name").asString()).isEqualTo("(erased)");
        assertThat(member.get("email").isNull()).isTrue();
        assertThat(member.get("erasedOn").isNull()).isFalse();
        assertThat(administrator.get("/api/v1/partnerships/" + group + "/members").json()).isEmpty();
        assertThat(administrator.get("/api/v1/partnerships/" + group + "/members/" + serving + "/history").body())
            .doesNotContain(email)
            .doesNotContain("Sam Example");
        assertThat(administrator.get("/api/v1/people/" + email + "/export").status()).isEqualTo(404);
        assertThat(send(administrator, "DELETE", "/api/v1/people/" + email, null, null).status()).isEqualTo(404);
        assertThat(fixtures.groupManager()
            .post("/api/v1/partnerships/" + group + "/members",
                    Fixtures.member(police, Fixtures.unique("next") + "@police.example", "CHAIR"))
            .status()).as("the erased chair no longer holds the chair").isEqualTo(201);
    }

    @Test
    void keepsNoPersonalDataInTheRecordOfAnErasure() {
        String email = Fixtures.unique("record") + "@police.example";
        fixtures.appointed(fixtures.partnershipOf(police), Fixtures.member(police, email, "MEMBER"));

        String erasure = send(administrator, "DELETE", "/api/v1/people/" + email, null, null).json()
            .get("erasureId")
            .asString();

        JsonNode event = PublishedEvents.PARTNERSHIP.about("erasures/" + erasure, "person-erased.v1");
        assertThat(event.get("actor").asString()).isEqualTo("northamptonshire-county-council");
        assertThat(Map.of("data", event.get("data").toString()).toString()).doesNotContain("@");
    }

    @Test
    void leavesAnErasedPersonReadableNowhereInTheEventLog() throws Exception {
        String email = Fixtures.unique("shredded") + "@police.example";
        String name = Fixtures.unique("Pat Shredded") + " (fictional)";
        String group = fixtures.partnershipOf(police);
        String member = fixtures.appointed(group, with(Fixtures.member(police, email, "MEMBER"), "name", name));
        String newEmail = "new." + email;
        assertThat(send(fixtures.groupManager(), "PATCH", "/api/v1/partnerships/" + group + "/members/" + member,
                Map.of("email", newEmail), "\"0\"")
            .status()).isEqualTo(200);
        JsonNode changed = PublishedEvents.PARTNERSHIP.about("memberships/" + member, "member-details-changed.v2");
        assertThat(PublishedKeys.opened(changed.get("data").get("personalData")).get("email").asString())
            .isEqualTo(newEmail);

        assertThat(send(administrator, "DELETE", "/api/v1/people/" + newEmail, null, null).status()).isEqualTo(200);

        List<ConsumerRecord<String, String>> keys = PublishedKeys
            .until(read -> PublishedKeys.latest(read, member).filter(Optional::isEmpty).isPresent());
        assertThat(PublishedKeys.latest(keys, member)).as("the key's last word is a tombstone")
            .contains(Optional.empty());
        Set<String> topics = everyTopic();
        assertThat(topics).contains(PublishedEvents.PARTNERSHIP.topic(), PublishedKeys.TOPIC);
        for (String topic : topics) {
            List<ConsumerRecord<String, String>> records = TopicReader
                .everything(PlatformInfrastructure.shared().kafkaBootstrapServers(), topic);
            if (topic.equals(PublishedEvents.PARTNERSHIP.topic())) {
                assertThat(records).as("the person's events are still there to replay")
                    .anyMatch(record -> member.equals(record.key()));
            }
            assertThat(records).allSatisfy(record -> assertThat(String.valueOf(record.value())).as(topic)
                .doesNotContainIgnoringCase(email)
                .doesNotContain(name));
        }
    }

    private static Set<String> everyTopic() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                PlatformInfrastructure.shared().kafkaBootstrapServers()))) {
            return admin.listTopics().names().get(10, TimeUnit.SECONDS);
        }
    }

}
