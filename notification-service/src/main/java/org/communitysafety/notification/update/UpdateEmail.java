package org.communitysafety.notification.update;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.communitysafety.notification.activity.Activity;
import org.communitysafety.notification.activity.Activity.ActionLine;
import org.communitysafety.notification.activity.Activity.TargetStatus;
import org.communitysafety.notification.mail.Wording;

/**
 * What the update's templates ({@code templates/mail/activity-update.*}) are given: the
 * activity in words, dates as a UK reader writes them and statuses as words. The
 * templates escape it for HTML; nothing here writes markup.
 */
final class UpdateEmail {

    static final String TEMPLATE = "activity-update";

    private UpdateEmail() {
    }

    static Map<String, Object> model(String groupName, ReportingPeriod period, Activity activity) {
        Map<String, Object> model = new HashMap<>();
        model.put("groupName", groupName);
        model.put("periodStart", Wording.date(period.first()));
        model.put("periodEnd", Wording.date(period.last()));
        model.put("asOf", Wording.date(activity.asOf()));
        model.put("priorities",
                activity.priorities()
                    .stream()
                    .map(p -> Map.of("title", p.title(), "groupName", p.groupName(), "countywide",
                            "COUNTYWIDE".equals(p.scope()), "rag", rag(p.rag()), "hasTargets", !p.targets().isEmpty(),
                            "targets", p.targets().stream().map(UpdateEmail::target).toList()))
                    .toList());
        model.put("hasPriorities", !activity.priorities().isEmpty());
        model.put("groups",
                activity.actions()
                    .stream()
                    .map(g -> Map.of("groupName", g.groupName(), "doneCount", g.done().size(), "overdueCount",
                            g.overdue().size(), "done", lines(g.done()), "overdue", lines(g.overdue())))
                    .toList());
        model.put("hasActions", !activity.actions().isEmpty());
        model.put("recommendations",
                activity.recommendations()
                    .stream()
                    .map(r -> Map.of("title", r.title(), "bodyName", nonNull(r.bodyName()), "addresseeName",
                            nonNull(r.addresseeName()), "responseDue", nonNull(Wording.date(r.responseDue())),
                            "overdue", r.overdue()))
                    .toList());
        model.put("hasRecommendations", !activity.recommendations().isEmpty());
        return model;
    }

    static String summary(String groupName, ReportingPeriod period) {
        return "Update on community safety activity, " + Wording.date(period.first()) + " to "
                + Wording.date(period.last()) + " (" + groupName + ")";
    }

    private static Map<String, Object> target(TargetStatus t) {
        Map<String, Object> target = new HashMap<>();
        target.put("measure", t.measure());
        target.put("aim",
                ("INCREASE".equals(t.direction()) ? "up" : "down") + " from " + number(t.baseline()) + " to "
                        + number(t.target()) + (t.unit() == null ? "" : " " + t.unit())
                        + (t.deadline() == null ? "" : " by " + Wording.date(t.deadline())));
        target.put("latest", t.latestValue() == null ? "no reading yet" : number(t.latestValue()) + " on "
                + Wording.date(t.latestReadOn()) + (t.latestSource() == null ? "" : " (" + t.latestSource() + ")"));
        target.put("rag", rag(t.rag()));
        return target;
    }

    private static List<Map<String, Object>> lines(List<ActionLine> actions) {
        return actions.stream()
            .map(a -> Map.<String, Object>of("title", a.title(), "organisationName", nonNull(a.organisationName()),
                    "dueOn", nonNull(Wording.date(a.dueDate())), "completedOn", nonNull(Wording.date(a.completedOn()))))
            .toList();
    }

    private static String rag(String rag) {
        return switch (rag == null ? "" : rag) {
            case "GREEN" -> "Green (on track)";
            case "AMBER" -> "Amber (at risk)";
            case "RED" -> "Red (off track)";
            default -> "No reading yet";
        };
    }

    private static String number(Double value) {
        return value == null ? "?"
                : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

}
