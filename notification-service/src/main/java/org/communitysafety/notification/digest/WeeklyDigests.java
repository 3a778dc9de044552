package org.communitysafety.notification.digest;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.communitysafety.notification.delivery.Alert;
import org.communitysafety.notification.delivery.Deliveries;
import org.communitysafety.notification.mail.Email;
import org.communitysafety.notification.mail.EmailTemplates;
import org.communitysafety.notification.mail.Wording;
import org.communitysafety.notification.member.Member;
import org.communitysafety.notification.member.Members;
import org.communitysafety.notification.preference.AlertKind;
import org.communitysafety.notification.preference.PreferenceLinks;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Weekly digests: the alerts a member chose to receive weekly are held as lines, and once
 * their week (Monday to Sunday, Europe/London) has ended one email per member brings that
 * week's lines together. The digest's delivery is identified by
 * {@code digest/<membership>/<week>}, so however many replicas find the same week's
 * lines, the delivery log's insert lets exactly one digest through. A week is sent an
 * hour after it ends, so that a line collected in its last moment is not left behind.
 */
@Service
public class WeeklyDigests {

    static final String KIND = "WEEKLY_DIGEST";

    private static final Duration GRACE = Duration.ofHours(1);

    private final MongoTemplate mongo;

    private final Members members;

    private final PreferenceLinks links;

    private final EmailTemplates templates;

    private final Deliveries deliveries;

    private final Clock clock;

    WeeklyDigests(MongoTemplate mongo, Members members, PreferenceLinks links, EmailTemplates templates,
            Deliveries deliveries, Clock clock) {
        this.mongo = mongo;
        this.members = members;
        this.links = links;
        this.templates = templates;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** Holds an alert for the member's digest of this week; once per event and member. */
    public void collect(String membershipId, AlertKind kind, String causeEventId, String summary, String link) {
        Instant now = clock.instant();
        try {
            mongo.insert(new DigestEntry(causeEventId + "/" + membershipId, membershipId, kind.name(), weekOf(now),
                    summary, link, now, null));
        }
        catch (DuplicateKeyException alreadyCollected) {
            // The same event again: its line is already waiting.
        }
    }

    /** Queues the digest of every member whose week has ended with lines waiting. */
    @Scheduled(fixedDelayString = "${platform.mail.digest.check-interval:15m}")
    public void sendDue() {
        String lastWeekEnded = weekOf(clock.instant().minus(GRACE));
        Query waiting = Query.query(Criteria.where("digestedAt").is(null).and("week").lt(lastWeekEnded));
        Map<String, List<DigestEntry>> byDigest = mongo.find(waiting, DigestEntry.class)
            .stream()
            .collect(Collectors.groupingBy(entry -> entry.membershipId() + "/" + entry.week(), TreeMap::new,
                    Collectors.toList()));
        byDigest.values().forEach(this::send);
    }

    private void send(List<DigestEntry> entries) {
        String membershipId = entries.get(0).membershipId();
        String week = entries.get(0).week();
        LocalDate today = UkCalendar.today(clock);
        // A member who left or was erased meanwhile is sent nothing; their lines are
        // done.
        members.find(membershipId)
            .filter(member -> member.isCurrentOn(today) && member.email() != null)
            .ifPresent(member -> deliveries.queueRoutine(digest(member, week, entries)));
        mongo.updateMulti(Query
            .query(Criteria.where("membershipId").is(membershipId).and("week").is(week).and("digestedAt").is(null)),
                new Update().set("digestedAt", clock.instant()), DigestEntry.class);
    }

    private Alert digest(Member member, String week, List<DigestEntry> entries) {
        Map<String, List<DigestEntry>> byKind = entries.stream()
            .collect(Collectors.groupingBy(DigestEntry::kind, TreeMap::new, Collectors.toList()));
        List<Map<String, Object>> kinds = byKind.entrySet()
            .stream()
            .map(kind -> Map.<String, Object>of("about", AlertKind.valueOf(kind.getKey()).about(), "entries",
                    kind.getValue()))
            .toList();
        String allPreferencesLink = links.linkFor(member.membershipId(), PreferenceLinks.ALL);
        Email email = templates.write("digest", Map.of("recipientName", member.name(), "weekBeginning",
                Wording.date(LocalDate.ofInstant(entries.get(0).collectedAt(), UkCalendar.ZONE).with(DayOfWeek.MONDAY)),
                "kinds", kinds, "reason", "you chose to receive these alerts in a weekly digest", "allPreferencesLink",
                allPreferencesLink));
        String cause = "digest/" + member.membershipId() + "/" + week;
        return new Alert(KIND, cause, "memberships/" + member.membershipId(), member.membershipId(), member.email(),
                email.subject(), email.text(), null, email.html(), PreferenceLinks.mailHeaders(allPreferencesLink));
    }

    /** The ISO week of an instant on the UK calendar, e.g. {@code 2026-W49}. */
    static String weekOf(Instant instant) {
        ZonedDateTime uk = instant.atZone(UkCalendar.ZONE);
        return String.format("%d-W%02d", uk.get(IsoFields.WEEK_BASED_YEAR), uk.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

}
