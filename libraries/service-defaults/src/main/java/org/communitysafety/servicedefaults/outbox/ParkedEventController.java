package org.communitysafety.servicedefaults.outbox;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.security.Allowed;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators see the events this service could not publish, beside its dead letters (the
 * events it could not consume), and replay one once the cause is fixed. The gateway
 * routes {@code /api/v1/operations/<service-name>/parked-events} here, to administrators
 * only; the service checks again.
 */
@RestController
@Validated
@RequestMapping("/api/v1/operations/parked-events")
@PreAuthorize(Allowed.ADMINISTRATORS)
public class ParkedEventController {

    private final ParkedEvents parkedEvents;

    public ParkedEventController(ParkedEvents parkedEvents) {
        this.parkedEvents = parkedEvents;
    }

    @GetMapping
    List<ParkedEvent> parked(@RequestParam(defaultValue = "100") @Min(1) @Max(1000) int max) {
        return parkedEvents.list(max);
    }

    /** Accepted: the relay publishes the event on its next round. */
    @PostMapping("/{eventId}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void replay(@PathVariable String eventId) {
        if (!parkedEvents.replay(eventId)) {
            throw new ResourceNotFound("No parked event " + eventId);
        }
    }

}
