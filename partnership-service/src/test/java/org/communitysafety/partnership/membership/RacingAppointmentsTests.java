package org.communitysafety.partnership.membership;

import java.util.List;

import org.communitysafety.testkit.ApiClient;
import org.communitysafety.partnership.Concurrently;
import org.communitysafety.partnership.Fixtures;
import org.communitysafety.partnership.PartnershipServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@PartnershipServiceTest
class RacingAppointmentsTests {

    @Autowired
    Fixtures fixtures;

    private ApiClient manager;

    @BeforeEach
    void setUp() {
        manager = fixtures.groupManager();
    }

    @Test
    void appointsOneChairWhenSeveralAreAppointedAtTheSameMoment() {
        String police = fixtures.registeredOrganisation();
        String group = fixtures.partnershipOf(police);

        List<ApiClient.Response> responses = Concurrently.send(8,
                i -> manager.post("/api/v1/partnerships/" + group + "/members",
                        Fixtures.member(police, "chair" + i + "@police.example", "CHAIR")));

        assertOneWonAndTheRestWereRefused(responses);
        assertThat(manager.get("/api/v1/partnerships/" + group + "/members").json()).hasSize(1)
            .allSatisfy(member -> assertThat(member.get("roleOnGroup").asString()).isEqualTo("CHAIR"));
    }

    @Test
    void appointsAPersonOnceWhenTheyAreAppointedSeveralTimesAtTheSameMoment() {
        String police = fixtures.registeredOrganisation();
        String group = fixtures.partnershipOf(police);

        List<ApiClient.Response> responses = Concurrently.send(8,
                i -> manager.post("/api/v1/partnerships/" + group + "/members",
                        Fixtures.member(police, "same.person@police.example", i % 2 == 0 ? "MEMBER" : "ADVISER")));

        assertOneWonAndTheRestWereRefused(responses);
        assertThat(manager.get("/api/v1/partnerships/" + group + "/members").json()).hasSize(1);
    }

    @Test
    void appointsEveryoneWhenABurstOfDifferentPeopleIsAppointedToOneGroupAtTheSameMoment() {
        String police = fixtures.registeredOrganisation();
        String group = fixtures.partnershipOf(police);

        List<ApiClient.Response> responses = Concurrently.send(16,
                i -> manager.post("/api/v1/partnerships/" + group + "/members",
                        Fixtures.member(police, "burst" + i + "@police.example", i == 0 ? "CHAIR" : "MEMBER")));

        assertThat(responses)
            .allSatisfy(response -> assertThat(response.status()).as(response.toString()).isEqualTo(201));
        assertThat(manager.get("/api/v1/partnerships/" + group + "/members").json()).hasSize(16);
    }

    private static void assertOneWonAndTheRestWereRefused(List<ApiClient.Response> responses) {
        assertThat(responses).filteredOn(response -> response.status() == 201).hasSize(1);
        assertThat(responses).filteredOn(response -> response.status() != 201).allSatisfy(response -> {
            assertThat(response.status()).as("refused for the rule, not for the race: " + response).isEqualTo(422);
            assertThat(response.isProblem()).isTrue();
        });
    }

}
