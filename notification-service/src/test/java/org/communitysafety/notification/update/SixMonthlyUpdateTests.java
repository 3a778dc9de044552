package org.communitysafety.notification.update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.mail.internet.MimeMessage;
import org.communitysafety.notification.AlertEmails;
import org.communitysafety.notification.Groups;
import org.communitysafety.notification.Groups.Seat;
import org.communitysafety.notification.Mailbox;
import org.communitysafety.notification.NotificationServiceTest;
import org.communitysafety.notification.activity.CommunitySafetyActivity;
import org.communitysafety.notification.alert.Notices;
import org.communitysafety.notification.delivery.Delivery;
import org.communitysafety.notification.mail.Wording;
import org.communitysafety.notification.member.MemberRepository;
import org.communitysafety.notification.partnership.Partnership;
import org.communitysafety.notification.partnership.Partnerships;
import org.communitysafety.notification.recipient.Recipients;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Each group with a reporting cadence receives its update of community safety activity
 * once per period (§6.3), from what the priority and scrutiny services published: exactly
 * once with two instances checking at the same moment, and after the service was down
 * over the due date. Instances are made here with clocks of their own.
 */
@NotificationServiceTest
class SixMonthlyUpdateTests {

    private static final String SUBJECT = "Update on community safety activity";

    private static final Period SIX_MONTHS = Period.ofMonths(6);

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AggregateStore store;

    @Autowired
    Partnerships partnerships;

    @Autowired
    MemberRepository memberRepository;

    @Autowired
    CommunitySafetyActivity activity;

    @Autowired
    Recipients recipients;

    @Autowired
    Notices notices;

    @Autowired
    ChangeHistory history;

    private final Mailbox mailbox = Mailbox.shared();

    private final LocalDate today = UkCalendar.today(Clock.systemUTC());

    /** The period in progress today, whose update falls due at its end. */
    private final ReportingPeriod period = ReportingPeriod.containing(SIX_MONTHS, today);

    @Test
    void sendsTheCountyStrategyGroupItsUpdateFromThePriorityAndScrutinyEventsOnceThePeriodHasEnded() throws Exception {
        Groups groups = new Groups(partnerships, memberRepository);
        String county = groups.form("COUNTY_STRATEGY_GROUP", "County Chief Executives\r\nBcc: spy@example.org <b>",
                "P6M");
        String csp = groups.form("DISTRICT_CSP", "Wellingborough CSP");
        Seat chair = groups.appoint(county, "northamptonshire-county-council", "CHAIR");
        Seat member = groups.appoint(county, "northamptonshire-police", "MEMBER");
        String priority = ActivityEvents.priorityAdopted(county, "Violence <script>alert(1)</script>", "COUNTYWIDE");
        String target = ActivityEvents.targetSet(priority, county, "Violent crime, recorded offences");
        ActivityEvents.targetRead(target, priority, 93, period.first().plusDays(20), "AMBER");
        ActivityEvents.targetRead(target, priority, 104, period.first().plusDays(50), "RED");
        // The priority service's roll-up counts what this service never sees (say, a
        // local
        // priority on track): the update shows what it published, not a roll-up of its
        // own.
        ActivityEvents.priorityRagChanged(priority, county, "AMBER", Instant.now());
        String done = ActivityEvents.actionAssigned(csp, "Extend the street pastors scheme", period.first());
        ActivityEvents.actionCompleted(done, csp, period.first().plusDays(10));
        ActivityEvents.actionAssigned(csp, "Review CCTV coverage of the town centre", period.first().plusDays(5));
        ActivityEvents.actionAssigned(csp, "Not yet due: refresh the hate crime leaflet", period.dueOn().plusDays(30));
        ActivityEvents.recommendationMade(csp, "Publish ASB figures quarterly", period.first().plusDays(40));
        String answered = ActivityEvents.recommendationMade(csp, "Answered: train licensing staff",
                period.first().plusDays(40));
        ActivityEvents.responseRecorded(answered, csp);
        awaitReplicasOf(county, "Review CCTV", "Publish ASB", "latestValue=104.0", "rag=AMBER",
                "completedOn=" + period.first().plusDays(10));

        instanceOn(period.dueOn()).sendDue();

        MimeMessage update = mailbox.awaitOneTo(member.email(), SUBJECT);
        String updateId = county + "_" + period.first();
        assertThat(Mailbox.subject(update)).doesNotContain("\r", "\n")
            .startsWith(SUBJECT + ", " + english(period.first()) + " to " + english(period.last()));
        assertThat(update.getHeader("Bcc")).isNull();
        assertThat(Mailbox.header(update, "Auto-Submitted")).isEqualTo("auto-generated");
        assertThat(Mailbox.header(update, "List-Unsubscribe-Post")).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(Mailbox.unsubscribeLink(update)).startsWith(
                AlertEmails.BASE + "/api/v1/open/preferences/" + member.membershipId() + "/ACTIVITY_UPDATE?expires=");
        assertThat(Mailbox.header(update, "Message-ID")).endsWith("@communitysafety.example>");
        String link = AlertEmails.BASE + "/api/v1/six-monthly-updates/" + updateId;
        String text = Mailbox.body(update);
        assertThat(text).contains("Open it: " + link, Mailbox.unsubscribeLink(update),
                "You are receiving this because you are a member of County Chief Executives",
                "which receives an update of community safety activity every 6 months");
        assertThat(text)
            .contains("Violence <script>alert(1)</script> (countywide): Amber (at risk)",
                    "Violent crime, recorded offences: down from 100 to 60 offences by 31 March 2017. Latest: 104 on "
                            + english(period.first().plusDays(50)) + " (Police recorded crime). Red (off track)",
                    "Wellingborough CSP: 1 done in the period, ",
                    "Done " + english(period.first().plusDays(10)) + ": Extend the street pastors scheme",
                    "Overdue, due " + english(period.first().plusDays(5)) + ": Review CCTV coverage of the town centre",
                    "Publish ASB figures quarterly: from Northampton Borough Council Crime and Disorder Committee to "
                            + "Wellingborough CSP, response due " + english(period.first().plusDays(40)) + ", overdue")
            .doesNotContain("Not yet due", "Answered: train licensing staff");
        String html = Mailbox.html(update).replace("&#x3D;", "=").replace("&amp;", "&");
        assertThat(html).contains("href=\"" + link + "\"", "href=\"" + Mailbox.unsubscribeLink(update) + "\"");
        assertThat(html).contains("Violence &lt;script&gt;alert(1)&lt;/script&gt;", "&lt;b&gt;")
            .doesNotContain("<script>", "<b>")
            .contains("<h3 style=\"font-size:15px\">Wellingborough CSP: 1 done in the period, ");
        assertThat(mailbox.awaitOneTo(chair.email(), SUBJECT)).isNotNull();
    }

    @Test
    void showsThePriorityStatusThePriorityServicePublishedAndKeepsItWhenEventsAreReplayed() {
        Groups groups = new Groups(partnerships, memberRepository);
        String county = groups.form("COUNTY_STRATEGY_GROUP", "County Chief Executives", "P6M");
        Partnership group = partnerships.find(county).orElseThrow();
        String priority = ActivityEvents.priorityAdopted(county, "Violence", "COUNTYWIDE");
        String target = ActivityEvents.targetSet(priority, county, "Violent crime, recorded offences");
        ActivityEvents.targetRead(target, priority, 79, period.first().plusDays(20), "GREEN");
        Instant published = Instant.now();
        String red = ActivityEvents.priorityRagChanged(priority, county, "RED", published);

        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(group, priority), "RED:GREEN"::equals);

        // Replayed: the same event again, and an older status published before it.
        ActivityEvents.replay(red);
        ActivityEvents.priorityRagChanged(priority, county, "GREEN", published.minusSeconds(60));
        // Read after them (same key, so same partition and in order): once it shows, they
        // were handled.
        ActivityEvents.priorityRenamed(priority, county, "Violence, renamed", published.plusSeconds(1));
        await().atMost(Duration.ofSeconds(30))
            .until(() -> activity.of(group, period.first(), period.last(), period.dueOn()).toString(),
                    said -> said.contains("Violence, renamed"));
        assertThat(statusOf(group, priority)).isEqualTo("RED:GREEN");
    }

    @Test
    void sendsEachMemberTheUpdateOnceWithTwoInstancesCheckingAtTheSameMoment() throws Exception {
        Groups groups = new Groups(partnerships, memberRepository);
        String county = groups.form("COUNTY_STRATEGY_GROUP", "County Chief Executives", "P6M");
        List<Seat> members = List.of(groups.appoint(county, "northamptonshire-police", "MEMBER"),
                groups.appoint(county, "northamptonshire-county-council", "CHAIR"),
                groups.appoint(county, "kettering-borough-council", "MEMBER"));
        ActivityUpdates one = instanceOn(period.dueOn()), other = instanceOn(period.dueOn());

        CompletableFuture.allOf(CompletableFuture.runAsync(one::sendDue), CompletableFuture.runAsync(other::sendDue))
            .get();
        other.sendDue();
        one.sendDue();

        for (Seat seat : members) {
            mailbox.awaitOneTo(seat.email(), SUBJECT);
        }
        await().during(Duration.ofMillis(500))
            .atMost(Duration.ofSeconds(10))
            .until(() -> members.stream().allMatch(seat -> updatesTo(seat) == 1));
        String updateId = county + "_" + period.first();
        assertThat(mongo.find(Query.query(Criteria.where("partnershipId").is(county)), ActivityUpdate.class))
            .singleElement()
            .satisfies(update -> {
                assertThat(update.id()).isEqualTo(updateId);
                assertThat(update.state()).isEqualTo(UpdateState.MAILED);
                assertThat(update.members()).isEqualTo(3);
            });
        assertThat(mongo.find(Query.query(Criteria.where("alert.causeEventId").is(updateId)), Delivery.class))
            .as("one delivery per member, each of a routine mailing")
            .hasSize(3)
            .allSatisfy(delivery -> assertThat(delivery.routine()).isTrue());
        assertThat(history.of(ActivityUpdate.COLLECTION, updateId)).extracting(change -> change.type())
            .containsExactly("org.communitysafety.notification.activity-update-prepared.v1",
                    "org.communitysafety.notification.activity-update-mailed.v1");
    }

    @Test
    void catchesUpTheUpdateItMissedWhileDownOverTheDueDateAndSendsNoneForAPeriodBeforeTheCadence() {
        Groups groups = new Groups(partnerships, memberRepository);
        String county = groups.form("COUNTY_STRATEGY_GROUP", "County Chief Executives", "P6M");
        Seat member = groups.appoint(county, "northamptonshire-police", "MEMBER");

        // Running today: the period that last ended did so before the group had its
        // cadence, and the one in progress is not due.
        instanceOn(today).sendDue();
        instanceOn(period.last()).sendDue();
        assertThat(mongo.exists(Query.query(Criteria.where("partnershipId").is(county)), ActivityUpdate.class))
            .isFalse();

        // Down from before the due date until three weeks after it: back, it catches up.
        ActivityUpdates back = instanceOn(period.dueOn().plusWeeks(3));
        back.sendDue();
        back.sendDue();

        MimeMessage update = mailbox.awaitOneTo(member.email(), SUBJECT);
        assertThat(Mailbox.subject(update)).contains(english(period.first()) + " to " + english(period.last()));
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10)).until(() -> updatesTo(member) == 1);
        // The next period is not due until it ends.
        instanceOn(ReportingPeriod.containing(SIX_MONTHS, period.dueOn()).last()).sendDue();
        assertThat(mongo.count(Query.query(Criteria.where("partnershipId").is(county)), ActivityUpdate.class))
            .isEqualTo(1);
    }

    @Test
    void finishesMailingAnUpdateAnotherInstanceStoppedHalfWay() {
        Groups groups = new Groups(partnerships, memberRepository);
        String county = groups.form("COUNTY_STRATEGY_GROUP", "County Chief Executives", "P6M");
        Seat member = groups.appoint(county, "northamptonshire-police", "MEMBER");
        Partnership group = partnerships.find(county).orElseThrow();
        // An instance claimed the update and stopped before it mailed anybody.
        var prepared = ActivityUpdate.prepare(group, period,
                activity.of(group, period.first(), period.last(), period.dueOn()),
                period.dueOn().atStartOfDay(UkCalendar.ZONE).toInstant());
        store.insert(prepared.aggregate(), List.of(prepared.event()));

        instanceOn(period.dueOn()).sendDue();
        assertThat(updatesTo(member)).as("held while the claim may still be at work").isZero();
        Clock later = Clock.fixed(
                period.dueOn().atStartOfDay(UkCalendar.ZONE).toInstant().plus(ActivityUpdates.TAKE_OVER_AFTER),
                ZoneOffset.UTC);
        new ActivityUpdates(mongo, store, partnerships, activity, recipients, notices, later).sendDue();

        mailbox.awaitOneTo(member.email(), SUBJECT);
        assertThat(mongo.findById(prepared.aggregate().id(), ActivityUpdate.class).state())
            .isEqualTo(UpdateState.MAILED);
    }

    /** An instance of the service whose clock reads the start of that day (UK). */
    private ActivityUpdates instanceOn(LocalDate day) {
        Clock clock = Clock.fixed(day.atStartOfDay(UkCalendar.ZONE).toInstant().plusSeconds(60), ZoneOffset.UTC);
        return new ActivityUpdates(mongo, store, partnerships, activity, recipients, notices, clock);
    }

    private long updatesTo(Seat seat) {
        return mailbox.to(seat.email())
            .stream()
            .filter(message -> Mailbox.subject(message).startsWith(SUBJECT))
            .count();
    }

    /** The priority's status and its target's, as the update says them. */
    private String statusOf(Partnership group, String priorityId) {
        return activity.of(group, period.first(), period.last(), period.dueOn())
            .priorities()
            .stream()
            .filter(priority -> priority.priorityId().equals(priorityId))
            .map(priority -> priority.rag() + ":"
                    + priority.targets().stream().map(target -> target.rag()).findFirst().orElse("none"))
            .findFirst()
            .orElse("not yet known");
    }

    /** Waits until the replicas hold what the update will say. */
    private void awaitReplicasOf(String county, String... expected) {
        Partnership group = partnerships.find(county).orElseThrow();
        await().atMost(Duration.ofSeconds(30))
            .until(() -> activity.of(group, period.first(), period.last(), period.dueOn()).toString(),
                    said -> List.of(expected).stream().allMatch(said::contains) && !said.contains("Answered"));
    }

    private static String english(LocalDate date) {
        return Wording.date(date);
    }

}
