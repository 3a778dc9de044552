package org.communitysafety.partnership.organisation;

import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

import java.util.List;

/** The use cases of the organisation register. */
@Service
public class Organisations {

    private final OrganisationRepository repository;

    private final AggregateStore store;

    Organisations(OrganisationRepository repository, AggregateStore store) {
        this.repository = repository;
        this.store = store;
    }

    Organisation register(RegisterOrganisationRequest request) {
        if (repository.existsById(request.code())) {
            throw new ConcurrentChange("An organisation with code '" + request.code() + "' is already registered");
        }
        var registration = Organisation.register(request.code(), request.name(), request.type(),
                request.responsibleAuthority(), request.areas());
        return store.insert(registration.organisation(), List.of(registration.event()));
    }

    public Organisation get(String code) {
        return repository.findById(code)
                .orElseThrow(() -> new ResourceNotFound("No organisation has the code '" + code + "'"));
    }

    public boolean exists(String code) {
        return repository.existsById(code);
    }

    Page<Organisation> list(OrganisationType type, Pageable pageable) {
        return type == null ? repository.findAll(pageable) : repository.findByType(type, pageable);
    }
}
