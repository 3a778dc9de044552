package org.communitysafety.notification.delivery;

import java.util.List;

import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.history.Change;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.security.Allowed;
import org.communitysafety.servicedefaults.web.ETags;
import org.communitysafety.servicedefaults.web.PageResponse;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The delivery log. Emails and their addresses are personal data of members across the
 * county: only administrators read it. Group managers run single groups, and a log scoped
 * to the groups each runs is not built yet, so they are refused rather than shown every
 * group's members.
 */
@RestController
@RequestMapping("/api/v1/deliveries")
@PreAuthorize(Allowed.ADMINISTRATORS)
class DeliveryController {

    /**
     * A sort is a field name sent to MongoDB: only these are taken, never whatever a
     * caller writes.
     */
    private static final List<String> SORTABLE = List.of("queuedAt", "sentAt", "nextAttemptAt", "state", "attempts");

    private final Deliveries deliveries;

    private final ChangeHistory history;

    DeliveryController(Deliveries deliveries, ChangeHistory history) {
        this.deliveries = deliveries;
        this.history = history;
    }

    @GetMapping
    PageResponse<DeliveryResponse> list(@RequestParam(required = false) @Size(max = 254) String recipient,
            @RequestParam(required = false) DeliveryState state,
            @PageableDefault(size = 50, sort = "queuedAt", direction = Sort.Direction.DESC) Pageable pageable) {
        for (Sort.Order order : pageable.getSort()) {
            if (!SORTABLE.contains(order.getProperty())) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "Deliveries can be sorted by " + String.join(", ", SORTABLE) + " only");
            }
        }
        return PageResponse
            .of(deliveries.list(recipient, state, PageResponse.bounded(pageable)).map(DeliveryResponse::of));
    }

    @GetMapping("/{id}")
    ResponseEntity<DeliveryResponse> get(@PathVariable String id) {
        Delivery delivery = deliveries.get(id);
        return ResponseEntity.ok().eTag(ETags.of(delivery.version())).body(DeliveryResponse.of(delivery));
    }

    /**
     * Tries every failed delivery again, e.g. after a mail outage longer than the retry
     * horizon.
     */
    @PostMapping("/retries")
    RetriedDeliveries retryFailed() {
        return new RetriedDeliveries(deliveries.retryFailed());
    }

    @GetMapping("/{id}/history")
    List<Change> history(@PathVariable String id) {
        deliveries.get(id);
        return history.of(Delivery.COLLECTION, id);
    }

}
