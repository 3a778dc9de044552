package org.communitysafety.notification.member;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.events.MemberAppointed;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@NotificationServiceTest
class MembersTests {

    private static final Instant EARLIER = Instant.parse("2015-06-01T09:30:00Z");

    private static final Instant LATER = Instant.parse("2015-07-01T09:30:00Z");

    @Autowired
    Members members;

    @Autowired
    MemberRepository replica;

    @Test
    void keepsTheNewerStateWhenAnOlderEventIsReplayedAfterIt() {
        String membershipId = UUID.randomUUID().toString();

        members.appointed(appointment(membershipId, "Chief Inspector"), LATER);
        members.appointed(appointment(membershipId, "Inspector"), EARLIER);

        assertThat(replica.findById(membershipId)).hasValueSatisfying(member -> {
            assertThat(member.role()).isEqualTo("Chief Inspector");
            assertThat(member.asOf()).isEqualTo(LATER);
        });
    }

    private static MemberAppointed appointment(String membershipId, String role) {
        return new MemberAppointed(membershipId, "northampton-csp", "Northampton CSP", "northamptonshire-police",
                "Alex Example (fictional)", role, "Alex.Example@police.example", "MEMBER", true, null,
                LocalDate.of(2015, 6, 1), null);
    }
}
