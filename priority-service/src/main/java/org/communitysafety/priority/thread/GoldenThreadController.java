package org.communitysafety.priority.thread;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The golden thread in one request, for every Police and Crime Plan outcome or one. */
@RestController
class GoldenThreadController {

    private final GoldenThread thread;

    GoldenThreadController(GoldenThread thread) {
        this.thread = thread;
    }

    @GetMapping("/api/v1/golden-thread")
    List<ThreadNode.OutcomeNode> all() {
        return thread.all();
    }

    @GetMapping("/api/v1/golden-thread/{outcome}")
    ThreadNode.OutcomeNode of(@PathVariable String outcome) {
        return thread.of(outcome);
    }

}
