package org.communitysafety.priority.joinedup;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Candidates for joint working under a countywide priority. */
@RestController
class JoinedUpWorkingController {

    private final JoinedUpWorking joinedUp;

    JoinedUpWorkingController(JoinedUpWorking joinedUp) {
        this.joinedUp = joinedUp;
    }

    @GetMapping("/api/v1/priorities/{priority}/joint-working-candidates")
    List<JointWorkingCandidate> candidates(@PathVariable String priority) {
        return joinedUp.candidates(priority);
    }

}
