package org.communitysafety.priority.assessment;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import org.communitysafety.priority.access.Standings;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.security.Allowed;
import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/strategic-assessments")
class StrategicAssessmentController {

    private final StrategicAssessments assessments;

    private final ChangeHistory history;

    private final Standings standings;

    StrategicAssessmentController(StrategicAssessments assessments, ChangeHistory history, Standings standings) {
        this.assessments = assessments;
        this.history = history;
        this.standings = standings;
    }

    @PostMapping
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<AssessmentResponse> start(@Valid @RequestBody StartAssessmentRequest request) {
        StrategicAssessment assessment = assessments.start(request, standings.current());
        return ResponseEntity.created(URI.create("/api/v1/strategic-assessments/" + assessment.id()))
            .eTag(ETags.of(assessment.version()))
            .body(AssessmentResponse.of(assessment));
    }

    @GetMapping
    List<AssessmentResponse> of(@RequestParam(required = false) Integer year,
            @RequestParam(required = false) String partnership) {
        return assessments.of(year, partnership).stream().map(AssessmentResponse::of).toList();
    }

    @GetMapping("/{id}")
    ResponseEntity<AssessmentResponse> get(@PathVariable String id) {
        StrategicAssessment assessment = assessments.get(id);
        return ResponseEntity.ok().eTag(ETags.of(assessment.version())).body(AssessmentResponse.of(assessment));
    }

    @PostMapping("/{id}/completion")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<AssessmentResponse> complete(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody CompleteAssessmentRequest request) {
        StrategicAssessment assessment = assessments.complete(id, request, ifMatch, standings.current());
        return ResponseEntity.ok().eTag(ETags.of(assessment.version())).body(AssessmentResponse.of(assessment));
    }

    @GetMapping("/{id}/history")
    List<Change> history(@PathVariable String id) {
        assessments.get(id);
        return history.of("strategic_assessments", id);
    }

}
