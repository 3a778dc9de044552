package org.communitysafety.partnership.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.communitysafety.partnership.organisation.Organisations;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/** The use cases of partnerships and groups. */
@Service
public class Partnerships {

    static final ZoneId UK = ZoneId.of("Europe/London");

    private final PartnershipRepository repository;

    private final Organisations organisations;

    private final AggregateStore store;

    private final Clock clock;

    Partnerships(PartnershipRepository repository, Organisations organisations, AggregateStore store, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.store = store;
        this.clock = clock;
    }

    Partnership form(FormPartnershipRequest request) {
        if (repository.existsById(request.code())) {
            throw new ConcurrentChange("A partnership with code '" + request.code() + "' already exists");
        }
        for (String organisation : request.memberOrganisations()) {
            if (!organisations.exists(organisation)) {
                throw new RuleViolated("Member organisation '" + organisation + "' is not registered");
            }
        }
        if (request.reportsTo() != null && !repository.existsById(request.reportsTo())) {
            throw new RuleViolated("The group it reports to, '" + request.reportsTo() + "', does not exist");
        }
        if (request.status() == PartnershipStatus.DISSOLVED) {
            throw new RuleViolated("A partnership cannot be formed dissolved");
        }
        var formation = Partnership.form(request, LocalDate.now(clock.withZone(UK)));
        return store.insert(formation.partnership(), List.of(formation.event()));
    }

    public Partnership get(String code) {
        return repository.findById(code)
                .orElseThrow(() -> new ResourceNotFound("No partnership has the code '" + code + "'"));
    }

    Page<Partnership> list(PartnershipKind kind, Pageable pageable) {
        return kind == null ? repository.findAll(pageable) : repository.findByKind(kind, pageable);
    }
}
