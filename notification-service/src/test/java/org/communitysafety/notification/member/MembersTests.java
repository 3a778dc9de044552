package org.communitysafety.notification.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.events.MemberAppointed;
import org.communitysafety.notification.events.MemberDetailsChanged;
import org.communitysafety.notification.events.MemberStoodDown;
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

    @Autowired
    Members members;

    @Autowired
    MemberRepository replica;

    @Test
    void keepsTheNewerStateWhenAnOlderEventIsReplayedAfterIt() {
        String membershipId = UUID.randomUUID().toString();

        members.appointed(appointment(membershipId, "Chief Inspector"), DETAILS_CHANGED);
        members.appointed(appointment(membershipId, "Inspector"), APPOINTED);

        assertThat(replica.findById(membershipId)).hasValueSatisfying(member -> {
            assertThat(member.role()).isEqualTo("Chief Inspector");
            assertThat(member.detailsAsOf()).isEqualTo(DETAILS_CHANGED);
        });
    }

    @Test
    void keepsAStandDownWhenAnEarlierChangeOfDetailsArrivesAfterItAndTakesTheDetails() {
        String membershipId = UUID.randomUUID().toString();
        members.appointed(appointment(membershipId, "Chief Inspector"), APPOINTED);

        members.stoodDown(new MemberStoodDown(membershipId, "northampton-csp", LocalDate.of(2015, 12, 31)), STOOD_DOWN);
        members.detailsChanged(new MemberDetailsChanged(membershipId, "northampton-csp", "northamptonshire-police",
                "Alex Example (fictional)", "Superintendent", "alex.example@example.org", "VICE_CHAIR", true, null,
                LocalDate.of(2015, 6, 1), null), DETAILS_CHANGED);

        assertThat(replica.findById(membershipId)).hasValueSatisfying(member -> {
            assertThat(member.role()).as("the details are newer than the appointment's").isEqualTo("Superintendent");
            assertThat(member.email()).isEqualTo("alex.example@example.org");
            assertThat(member.endDate()).as("the stand-down is newer than the details' end date")
                .isEqualTo(LocalDate.of(2015, 12, 31));
        });
    }

    private static MemberAppointed appointment(String membershipId, String role) {
        return new MemberAppointed(membershipId, "northampton-csp", "Northampton CSP", "northamptonshire-police",
                "Alex Example (fictional)", role, "Alex.Example@police.example", "MEMBER", true, null,
                LocalDate.of(2015, 6, 1), null);
    }

}
