package org.communitysafety.partnership.organisation;

import java.util.List;

import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/** The use cases of the organisation register. */
@Service
public class Organisations {

    private final OrganisationRepository repository;

    private final MongoTemplate mongo;

    private final AggregateStore store;

    Organisations(OrganisationRepository repository, MongoTemplate mongo, AggregateStore store) {
        this.repository = repository;
        this.mongo = mongo;
        this.store = store;
    }

    public Organisation register(RegisterOrganisationRequest request) {
        if (repository.existsById(request.code())) {
            throw new ConcurrentChange("An organisation with code '" + request.code() + "' is already registered");
        }
        var registration = Organisation.register(request);
        return store.insert(registration.aggregate(), List.of(registration.event()));
    }

    /**
     * Changes an organisation's details if the editor may and nobody changed it since the
     * caller read it (If-Match, else 412); a change racing another is refused by the
     * store (409), never lost.
     */
    Organisation update(String code, UpdateOrganisationRequest details, String ifMatch, OrganisationEditor editor) {
        Organisation organisation = get(code);
        editor.checkMayChange(organisation, details);
        ETags.checkIfMatch(ifMatch, organisation.version());
        return organisation.update(details)
            .map(updated -> store.update(updated.aggregate(), List.of(updated.event())))
            .orElse(organisation);
    }

    public Organisation get(String code) {
        return repository.findById(code)
            .orElseThrow(() -> new ResourceNotFound("No organisation has the code '" + code + "'"));
    }

    public boolean exists(String code) {
        return repository.existsById(code);
    }

    Page<Organisation> list(OrganisationFilter filter, Pageable pageable) {
        Query query = filter.toQuery();
        List<Organisation> page = mongo.find(Query.of(query).with(pageable), Organisation.class);
        return PageableExecutionUtils.getPage(page, pageable, () -> mongo.count(query, Organisation.class));
    }

}
