package org.communitysafety.priority.opendata;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Published plans as CSV (RFC 4180, with a header): one row per target of each priority
 * of each plan, and one row for a priority with no target yet, so a spreadsheet shows the
 * whole plan with its latest readings and status.
 */
final class PlanCsv {

    static final String[] HEADER = { "plan_id", "plan_kind", "partnership", "plan_title", "period", "published_on",
            "review_due", "priority_id", "priority_title", "scope", "lead_group", "priority_rag", "target_id",
            "measure", "unit", "direction", "baseline", "baseline_on", "target", "deadline", "latest_value",
            "latest_read_on", "latest_source", "target_rag" };

    private PlanCsv() {
    }

    static String of(List<PublishedPlan> plans) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).get())) {
            for (PublishedPlan plan : plans) {
                for (PublishedPlan.PublishedPriority priority : plan.priorities()) {
                    List<Object> about = List.of(plan.id(), plan.kind(), plan.partnership(), plan.title(),
                            plan.period(), plan.publishedOn(), plan.reviewDue(), priority.id(), priority.title(),
                            priority.scope(), priority.leadGroup(), priority.rag());
                    if (priority.targets().isEmpty()) {
                        csv.printRecord(row(about, null));
                    }
                    for (PublishedPlan.PublishedTarget target : priority.targets()) {
                        csv.printRecord(row(about, target));
                    }
                }
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out.toString();
    }

    private static List<Object> row(List<Object> about, PublishedPlan.PublishedTarget target) {
        List<Object> row = new ArrayList<>(about);
        if (target == null) {
            row.addAll(java.util.Collections.nCopies(12, ""));
            return row;
        }
        row.addAll(java.util.Arrays.asList(target.id(), target.measure(), target.unit(), target.direction(),
                target.baseline(), target.baselineOn(), target.target(), target.deadline(), target.latestValue(),
                target.latestReadOn(), target.latestSource(), target.rag()));
        return row;
    }

}
