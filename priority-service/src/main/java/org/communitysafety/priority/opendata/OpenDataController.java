package org.communitysafety.priority.opendata;

import java.util.List;

import org.communitysafety.priority.plan.PlanKind;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Published plans, the county agreement and their priorities, readable by anyone without
 * credentials (the service's public paths {@code /api/v1/open/**}; the gateway routes
 * them without a token), as JSON or, asked for with {@code Accept: text/csv}, as CSV.
 */
@RestController
@RequestMapping(path = "/api/v1/open", produces = MediaType.APPLICATION_JSON_VALUE)
class OpenDataController {

    static final String CSV = "text/csv";

    private final OpenData openData;

    OpenDataController(OpenData openData) {
        this.openData = openData;
    }

    @GetMapping("/plans")
    List<PublishedPlan> plans() {
        return openData.published(PlanKind.PARTNERSHIP_PLAN);
    }

    @GetMapping(path = "/plans", produces = CSV)
    ResponseEntity<String> plansAsCsv() {
        return csv(openData.published(PlanKind.PARTNERSHIP_PLAN));
    }

    @GetMapping("/plans/{id}")
    PublishedPlan plan(@PathVariable String id) {
        return openData.published(PlanKind.PARTNERSHIP_PLAN, id);
    }

    @GetMapping(path = "/plans/{id}", produces = CSV)
    ResponseEntity<String> planAsCsv(@PathVariable String id) {
        return csv(List.of(openData.published(PlanKind.PARTNERSHIP_PLAN, id)));
    }

    @GetMapping("/agreements")
    List<PublishedPlan> agreements() {
        return openData.published(PlanKind.COUNTY_AGREEMENT);
    }

    @GetMapping(path = "/agreements", produces = CSV)
    ResponseEntity<String> agreementsAsCsv() {
        return csv(openData.published(PlanKind.COUNTY_AGREEMENT));
    }

    @GetMapping("/agreements/{id}")
    PublishedPlan agreement(@PathVariable String id) {
        return openData.published(PlanKind.COUNTY_AGREEMENT, id);
    }

    @GetMapping(path = "/agreements/{id}", produces = CSV)
    ResponseEntity<String> agreementAsCsv(@PathVariable String id) {
        return csv(List.of(openData.published(PlanKind.COUNTY_AGREEMENT, id)));
    }

    @GetMapping("/priorities/{id}")
    PublishedPlan.PublishedPriority priority(@PathVariable String id) {
        return openData.priority(id);
    }

    private static ResponseEntity<String> csv(List<PublishedPlan> plans) {
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(CSV + ";charset=UTF-8"))
            .body(PlanCsv.of(plans));
    }

}
