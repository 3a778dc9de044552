package org.communitysafety.notification.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.communitysafety.servicedefaults.personaldata.PersonalDataCipher;
import org.communitysafety.servicedefaults.personaldata.SealedPersonalData;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.communitysafety.testkit.EventContracts;
import org.communitysafety.servicedefaults.events.CloudEvents;
import org.communitysafety.servicedefaults.events.MalformedEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Our published examples keep our own schemas; what we actually publish is checked where
 * it is produced.
 */
class EventContractTests {

    private static final List<String> PUBLISHED = List.of("alert-queued.v1", "alert-attempt-started.v1",
            "alert-attempt-failed.v1", "alert-sent.v1", "alert-failed.v1", "alert-cancelled.v1",
            "alert-recipient-erased.v1");

    @Test
    void ourExamplesKeepOurContracts() {
        EventContracts contracts = EventContracts.of(".");
        for (String contract : PUBLISHED) {
            JsonNode example = EventContracts.json(contracts.example(contract));
            assertThat(example.get("type").asString()).isEqualTo("org.communitysafety.notification." + contract);
            assertThat(example.get("subject").asString())
                .isEqualTo("deliveries/" + example.get("data").get("deliveryId").asString());
            assertThat(contracts.violations(contract, example.get("data"))).as(contract).isEmpty();
        }
    }

    @Test
    void theActivityUpdateExamplesKeepTheirContracts() {
        EventContracts contracts = EventContracts.of(".");
        for (String contract : List.of("activity-update-prepared.v1", "activity-update-mailed.v1")) {
            JsonNode example = EventContracts.json(contracts.example(contract));
            assertThat(example.get("type").asString()).isEqualTo("org.communitysafety.notification." + contract);
            assertThat(example.get("subject").asString())
                .isEqualTo("activity-updates/" + example.get("data").get("updateId").asString());
            assertThat(contracts.violations(contract, example.get("data"))).as(contract).isEmpty();
        }
    }

    @Test
    void theConsumerReadsThePriorityAndScrutinyServicesExamples() {
        EventContracts priority = EventContracts.of("../priority-service");
        EventContracts scrutiny = EventContracts.of("../scrutiny-service");
        CloudEvents cloudEvents = new CloudEvents(JsonMapper.builder().build(), "/services/notification",
                Clock.systemUTC());

        PriorityDescribed adopted = cloudEvents.data(cloudEvents.read(priority.example("priority-adopted.v1")),
                PriorityDescribed.class);
        PriorityDescribed updated = cloudEvents.data(cloudEvents.read(priority.example("priority-updated.v1")),
                PriorityDescribed.class);
        PriorityDescribed retired = cloudEvents.data(cloudEvents.read(priority.example("priority-retired.v1")),
                PriorityDescribed.class);
        TargetSet target = cloudEvents.data(cloudEvents.read(priority.example("target-set.v1")), TargetSet.class);
        TargetReadingRecorded reading = cloudEvents
            .data(cloudEvents.read(priority.example("target-reading-recorded.v1")), TargetReadingRecorded.class);
        PriorityRagChanged rag = cloudEvents.data(cloudEvents.read(priority.example("priority-rag-changed.v1")),
                PriorityRagChanged.class);
        ActionDue assigned = cloudEvents.data(cloudEvents.read(priority.example("action-assigned.v1")),
                ActionDue.class);
        ActionDue overdue = cloudEvents.data(cloudEvents.read(priority.example("action-overdue.v1")), ActionDue.class);
        ActionCompleted completed = cloudEvents.data(cloudEvents.read(priority.example("action-completed.v1")),
                ActionCompleted.class);
        RecommendationAwaitingResponse made = cloudEvents
            .data(cloudEvents.read(scrutiny.example("recommendation-made.v1")), RecommendationAwaitingResponse.class);
        ResponseRecorded response = cloudEvents.data(cloudEvents.read(scrutiny.example("response-recorded.v1")),
                ResponseRecorded.class);

        assertThat(adopted.scope()).isEqualTo("COUNTYWIDE");
        assertThat(adopted.status()).isEqualTo("ACTIVE");
        assertThat(updated.title()).isEqualTo(adopted.title());
        assertThat(retired.retiredOn()).isEqualTo(LocalDate.of(2016, 3, 31));
        assertThat(target.baseline()).isEqualTo(100.0);
        assertThat(target.deadline()).isEqualTo(LocalDate.of(2017, 3, 31));
        assertThat(reading.value()).isEqualTo(88.0);
        assertThat(reading.status()).isEqualTo("GREEN");
        assertThat(rag.priorityId()).isEqualTo(adopted.priorityId());
        assertThat(rag.rag()).isEqualTo("AMBER");
        assertThat(assigned.dueDate()).isEqualTo(LocalDate.of(2015, 10, 31));
        assertThat(overdue.title()).isEqualTo(assigned.title());
        assertThat(completed.completedOn()).isEqualTo(LocalDate.of(2015, 10, 20));
        assertThat(completed.late()).isFalse();
        assertThat(made.responseDue()).isEqualTo(LocalDate.of(2015, 11, 17));
        assertThat(response.respondedOn()).isEqualTo(LocalDate.of(2015, 11, 10));
    }

    @Test
    void readsTheReportingCadenceFromThePartnershipEvents() {
        EventContracts partnership = EventContracts.of("../partnership-service");
        CloudEvents cloudEvents = new CloudEvents(JsonMapper.builder().build(), "/services/notification",
                Clock.systemUTC());

        PartnershipDescribed formed = cloudEvents.data(cloudEvents.read(partnership.example("partnership-formed.v1")),
                PartnershipDescribed.class);
        PartnershipDescribed updated = cloudEvents.data(cloudEvents.read(partnership.example("partnership-updated.v1")),
                PartnershipDescribed.class);
        String notAPeriod = partnership.example("partnership-updated.v1").replace("\"P6M\"", "\"six months\"");

        assertThat(formed.cadence()).isNull();
        assertThat(updated.cadence()).isEqualTo(Period.ofMonths(6));
        assertThatThrownBy(() -> cloudEvents.data(cloudEvents.read(notAPeriod), PartnershipDescribed.class))
            .isInstanceOf(MalformedEvent.class);
    }

    @Test
    void thePreferenceExampleKeepsItsContract() {
        EventContracts contracts = EventContracts.of(".");
        JsonNode example = EventContracts.json(contracts.example("alert-preference-chosen.v1"));
        assertThat(example.get("subject").asString())
            .isEqualTo("preferences/" + example.get("data").get("membershipId").asString());
        assertThat(contracts.violations("alert-preference-chosen.v1", example.get("data"))).isEmpty();
    }

    @Test
    void theConsumerReadsTheProducersExamples() throws IOException {
        EventContracts partnership = EventContracts.of("../partnership-service");
        CloudEvents cloudEvents = new CloudEvents(JsonMapper.builder().build(), "/services/notification",
                Clock.systemUTC());

        MemberAppointed appointed = cloudEvents.data(cloudEvents.read(partnership.example("member-appointed.v2")),
                MemberAppointed.class);
        OrganisationRegistered registered = cloudEvents
            .data(cloudEvents.read(partnership.example("organisation-registered.v1")), OrganisationRegistered.class);
        OrganisationUpdated updated = cloudEvents.data(cloudEvents.read(partnership.example("organisation-updated.v1")),
                OrganisationUpdated.class);
        MemberDetailsChanged changed = cloudEvents
            .data(cloudEvents.read(partnership.example("member-details-changed.v2")), MemberDetailsChanged.class);
        MemberStoodDown stoodDown = cloudEvents.data(cloudEvents.read(partnership.example("member-stood-down.v1")),
                MemberStoodDown.class);
        PartnershipDescribed formed = cloudEvents.data(cloudEvents.read(partnership.example("partnership-formed.v1")),
                PartnershipDescribed.class);
        PartnershipDescribed partnershipUpdated = cloudEvents
            .data(cloudEvents.read(partnership.example("partnership-updated.v1")), PartnershipDescribed.class);
        PersonErased erased = cloudEvents.data(cloudEvents.read(partnership.example("person-erased.v1")),
                PersonErased.class);

        assertThat(opened(appointed.personalData()).email()).isEqualTo("alex.example@police.example");
        assertThat(appointed.roleOnGroup()).isEqualTo("MEMBER");
        assertThat(registered.name()).isEqualTo("Northamptonshire Police");
        assertThat(updated.name()).isEqualTo("Northamptonshire Police");
        assertThat(changed.roleOnGroup()).isEqualTo("VICE_CHAIR");
        assertThat(opened(changed.personalData()).email()).isEqualTo("alex.example@police.example");
        assertThat(opened(changed.personalData()).role()).startsWith("Superintendent");
        assertThat(stoodDown.endDate()).isEqualTo(LocalDate.of(2015, 12, 31));
        assertThat(formed.kind()).isEqualTo("DISTRICT_CSP");
        assertThat(formed.name()).isEqualTo("Northampton CSP");
        assertThat(partnershipUpdated.kind()).isEqualTo("COUNTY_STRATEGY_GROUP");
        assertThat(erased.membershipIds()).containsExactly("5d1c9a8e-7f3b-4c2a-b6d4-e9f0a1b2c3d4");
        assertThat(erased.erasedOn()).isEqualTo(LocalDate.of(2016, 2, 1));
    }

    /** Opened with the key the producer publishes beside its examples. */
    private static Representative opened(SealedPersonalData sealed) throws IOException {
        JsonNode key = EventContracts.json(Files.readString(Path
            .of("../partnership-service/src/main/resources/contracts/personal-data-keys/partnership.personal-data-keys.example.json")));
        assertThat(key.get("keyId").asString()).isEqualTo(sealed.keyId());
        byte[] plaintext = PersonalDataCipher.open(sealed, Base64.getDecoder().decode(key.get("key").asString()));
        return JsonMapper.builder().build().readValue(plaintext, Representative.class);
    }

}
