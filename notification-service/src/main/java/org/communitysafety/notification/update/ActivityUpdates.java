package org.communitysafety.notification.update;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.communitysafety.notification.activity.Activity;
import org.communitysafety.notification.activity.CommunitySafetyActivity;
import org.communitysafety.notification.alert.Notice;
import org.communitysafety.notification.alert.Notices;
import org.communitysafety.notification.mail.Wording;
import org.communitysafety.notification.partnership.Partnership;
import org.communitysafety.notification.partnership.Partnerships;
import org.communitysafety.notification.preference.AlertKind;
import org.communitysafety.notification.recipient.Recipients;
import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Sends each group with a reporting cadence its update of community safety activity once
 * per period (§6.3). Every replica checks; the first to insert the group's update for the
 * period claims it (its id is the group and the period), and the others find it there. A
 * check looks at the latest period that has ended, so a service that was down over the
 * due date sends the update when it is back. The emails are keyed by the update and the
 * membership, so a replica that finishes the mailing of one that stopped half-way reaches
 * nobody twice.
 */
@Service
public class ActivityUpdates {

    private static final Logger log = LoggerFactory.getLogger(ActivityUpdates.class);

    /**
     * A prepared update is mailed by the replica that prepared it at once; another
     * replica takes it over only after this long, when that one has evidently stopped.
     */
    static final Duration TAKE_OVER_AFTER = Duration.ofMinutes(5);

    private final MongoTemplate mongo;

    private final AggregateStore store;

    private final Partnerships partnerships;

    private final CommunitySafetyActivity activity;

    private final Recipients recipients;

    private final Notices notices;

    private final Clock clock;

    ActivityUpdates(MongoTemplate mongo, AggregateStore store, Partnerships partnerships,
            CommunitySafetyActivity activity, Recipients recipients, Notices notices, Clock clock) {
        this.mongo = mongo;
        this.store = store;
        this.partnerships = partnerships;
        this.activity = activity;
        this.recipients = recipients;
        this.notices = notices;
        this.clock = clock;
    }

    /**
     * Prepares and mails every update that is due and not yet claimed, and finishes any a
     * stopped replica left prepared.
     */
    @Scheduled(fixedDelayString = "${platform.mail.activity-updates.check-interval:15m}")
    public void sendDue() {
        LocalDate today = UkCalendar.today(clock);
        for (Partnership group : partnerships.withReportingCadence()) {
            ReportingPeriod period = ReportingPeriod.lastEndedBefore(Period.parse(group.reportingCadence()), today);
            try {
                if (hadCadenceBy(group, period.last())) {
                    claim(group, period).ifPresent(this::mail);
                }
            }
            catch (RuntimeException ex) {
                // One group's update must not stop the others'; a claimed one is finished
                // once TAKE_OVER_AFTER has passed, an unclaimed one at the next check.
                log.warn("Could not send the update of {} for {}: {}", group.partnershipId(), period, ex.getMessage());
            }
        }
        Query abandoned = Query.query(Criteria.where("state")
            .is(UpdateState.PREPARED)
            .and("preparedAt")
            .lte(clock.instant().minus(TAKE_OVER_AFTER)));
        mongo.find(abandoned, ActivityUpdate.class).forEach(this::mail);
    }

    /**
     * Whether the group had its cadence by the period's last day; if not, none is due.
     */
    private static boolean hadCadenceBy(Partnership group, LocalDate lastDay) {
        return group.cadenceSince() == null
                || !LocalDate.ofInstant(group.cadenceSince(), UkCalendar.ZONE).isAfter(lastDay);
    }

    private Optional<ActivityUpdate> claim(Partnership group, ReportingPeriod period) {
        String id = ActivityUpdate.idOf(group.partnershipId(), period);
        if (mongo.exists(Query.query(Criteria.where("_id").is(id)), ActivityUpdate.class)) {
            return Optional.empty();
        }
        var prepared = ActivityUpdate.prepare(group, period,
                activity.of(group, period.first(), period.last(), period.dueOn()), clock.instant());
        try {
            ActivityUpdate update = store.insert(prepared.aggregate(), List.of(prepared.event()));
            log.info("Prepared update {} of community safety activity for {}", id, group.partnershipId());
            return Optional.of(update);
        }
        catch (ConcurrentChange claimedByAnotherReplica) {
            log.debug("Update {} was prepared by another replica", id);
            return Optional.empty();
        }
    }

    /**
     * Tells every member of the group, as each chose; queueing is keyed by update and
     * membership, so doing it again (a replica finishing another's) tells nobody twice.
     */
    private void mail(ActivityUpdate update) {
        Period cadence = Period.parse(update.reportingCadence());
        var told = recipients.ofReportingGroup(update.partnershipId(), Wording.every(cadence), UkCalendar.today(clock));
        notices.tell(new Notice(AlertKind.ACTIVITY_UPDATE, cause(update), UpdateEmail.TEMPLATE,
                UpdateEmail.model(update.groupName(), update.period(), update.activity()),
                ActivityUpdateArchive.PATH + "/" + update.id(),
                UpdateEmail.summary(update.groupName(), update.period())), told);
        try {
            var mailed = update.mailed(told.size(), clock.instant());
            store.update(mailed.aggregate(), List.of(mailed.event()));
        }
        catch (ConcurrentChange mailedMeanwhile) {
            log.debug("Update {} was mailed by another replica meanwhile", update.id());
        }
    }

    /**
     * The update as the cause of its emails: its id (with the membership) names each
     * email, so it is the same whichever replica queues it.
     */
    private static CloudEvent cause(ActivityUpdate update) {
        Instant at = update.preparedAt();
        return new CloudEvent(CloudEvent.SPEC_VERSION, update.id(), "/services/notification",
                "org.communitysafety.notification.activity-update-prepared.v1",
                ActivityUpdate.COLLECTION + "/" + update.id(), at.atOffset(ZoneOffset.UTC), "application/json",
                update.id(), null, null, null, null);
    }

}
