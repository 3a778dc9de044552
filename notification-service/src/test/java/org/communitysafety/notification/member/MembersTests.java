package org.communitysafety.notification.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.events.MemberAppointed;
import org.communitysafety.notification.events.MemberDetailsChanged;
import org.communitysafety.notification.events.MemberStoodDown;
import org.communitysafety.notification.events.Representative;
import org.communitysafety.servicedefaults.personaldata.SealedPersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Events replayed out of order, as a dead-letter replay delivers them, straight to the
 * replica.
 */
@NotificationServiceTest
class MembersTests {

    private static final Instant APPOINTED = Instant.parse("2015-06-01T09:30:00Z");

    private static final Instant DETAILS_CHANGED = Instant.parse("2015-09-15T14:00:00Z");

    private static final Instant STOOD_DOWN = Instant.parse("2015-12-01T09:30:00Z");

    /** What the events carry; the replica is handed the details as opened. */
    private static final SealedPersonalData SEALED = new SealedPersonalData("a-membership", "A256GCM", "c2VhbGVk");

    @Autowired
    Members members;

    @Autowired
    MemberRepository replica;

    @Test
    void keepsTheNewerStateWhenAnOlderEventIsReplayedAfterIt() {
        String membershipId = UUID.randomUUID().toString();

        members.appointed(appointment(membershipId), person("Chief Inspector"), DETAILS_CHANGED);
        members.appointed(appointment(membershipId), person("Inspector"), APPOINTED);

        assertThat(replica.findById(membershipId)).hasValueSatisfying(member -> {
            assertThat(member.role()).isEqualTo("Chief Inspector");
            assertThat(member.detailsAsOf()).isEqualTo(DETAILS_CHANGED);
        });
    }

    @Test
    void keepsAStandDownWhenAnEarlierChangeOfDetailsArrivesAfterItAndTakesTheDetails() {
        String membershipId = UUID.randomUUID().toString();
        members.appointed(appointment(membershipId), person("Chief Inspector"), APPOINTED);

        members.stoodDown(new MemberStoodDown(membershipId, "northampton-csp", LocalDate.of(2015, 12, 31)), STOOD_DOWN);
        members.detailsChanged(
                new MemberDetailsChanged(membershipId, "northampton-csp", "northamptonshire-police", SEALED,
                        "VICE_CHAIR", true, null, LocalDate.of(2015, 6, 1), null),
                Optional
                    .of(new Representative("Alex Example (fictional)", "Superintendent", "alex.example@example.org")),
                DETAILS_CHANGED);

        assertThat(replica.findById(membershipId)).hasValueSatisfying(member -> {
            assertThat(member.role()).as("the details are newer than the appointment's").isEqualTo("Superintendent");
            assertThat(member.email()).isEqualTo("alex.example@example.org");
            assertThat(member.endDate()).as("the stand-down is newer than the details' end date")
                .isEqualTo(LocalDate.of(2015, 12, 31));
        });
    }

    @Test
    void keepsOnlyAnErasedSeatForAnAppointmentWhosePersonsKeyIsShredded() {
        String membershipId = UUID.randomUUID().toString();

        members.appointed(appointment(membershipId), Optional.empty(), APPOINTED);
        members
            .detailsChanged(
                    new MemberDetailsChanged(membershipId, "northampton-csp", "northamptonshire-police", SEALED,
                            "CHAIR", true, null, LocalDate.of(2015, 6, 1), null),
                    person("Superintendent"), DETAILS_CHANGED);

        assertThat(replica.findById(membershipId)).hasValueSatisfying(member -> {
            assertThat(member.erasedOn()).isEqualTo(LocalDate.of(2015, 6, 1));
            assertThat(member.email()).isNull();
            assertThat(member.name()).isNull();
            assertThat(member.partnershipId()).isEqualTo("northampton-csp");
            assertThat(member.isCurrentOn(LocalDate.of(2015, 7, 1))).isFalse();
        });
        assertThat(members.ofGroupOn("northampton-csp", LocalDate.of(2015, 7, 1)))
            .noneMatch(member -> member.membershipId().equals(membershipId));
    }

    private static MemberAppointed appointment(String membershipId) {
        return new MemberAppointed(membershipId, "northampton-csp", "Northampton CSP", "northamptonshire-police",
                SEALED, "MEMBER", true, null, LocalDate.of(2015, 6, 1), null);
    }

    private static Optional<Representative> person(String role) {
        return Optional.of(new Representative("Alex Example (fictional)", role, "Alex.Example@police.example"));
    }

}
