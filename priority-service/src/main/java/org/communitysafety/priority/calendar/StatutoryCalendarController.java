package org.communitysafety.priority.calendar;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.communitysafety.priority.access.Standings;
import org.communitysafety.priority.outcome.Outcomes;
import org.communitysafety.servicedefaults.security.Allowed;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/statutory-calendar")
class StatutoryCalendarController {

    private final StatutoryCalendar calendar;

    private final Standings standings;

    StatutoryCalendarController(StatutoryCalendar calendar, Standings standings) {
        this.calendar = calendar;
        this.standings = standings;
    }

    /**
     * The duties of the plan year, of every partnership or one, as of today or the day
     * given.
     */
    @GetMapping
    List<Duty> of(@RequestParam @Pattern(regexp = Outcomes.PERIOD, message = Outcomes.PERIOD_MESSAGE) String period,
            @RequestParam(required = false) String partnership, @RequestParam(required = false) LocalDate asAt) {
        return calendar.of(period, partnership, asAt);
    }

    @PostMapping("/six-monthly-updates")
    @PreAuthorize(Allowed.GROUP_MANAGERS)
    ResponseEntity<Duty> recordUpdate(@Valid @RequestBody RecordUpdateRequest request) {
        SixMonthlyUpdate update = calendar.recordUpdate(request, standings.current());
        return ResponseEntity
            .created(URI.create("/api/v1/statutory-calendar?partnership=" + update.partnershipId() + "&period="
                    + update.dueOn().getYear()))
            .body(Duty.of(DutyKind.SIX_MONTHLY_UPDATE, update.partnershipId(),
                    "Six-monthly update of community " + "safety activity", update.dueOn(), update.metOn(),
                    update.evidence(), update.metOn()));
    }

}
