package org.communitysafety.servicedefaults.consumer;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.communitysafety.servicedefaults.security.Allowed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators read this service's dead letters and replay them once the cause is fixed. The
 * gateway routes {@code /api/v1/operations/<service-name>/dead-letters} here, to
 * administrators only; the service checks again.
 */
@RestController
@Validated
@RequestMapping("/api/v1/operations/dead-letters")
@PreAuthorize(Allowed.ADMINISTRATORS)
public class DeadLetterController {

    private final DeadLetters deadLetters;

    public DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<DeadLetters.DeadLetter> waiting(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int max) {
        return deadLetters.waiting(max);
    }

    @PostMapping("/replay")
    Map<String, Integer> replay() {
        return Map.of("replayed", deadLetters.replay());
    }

}
