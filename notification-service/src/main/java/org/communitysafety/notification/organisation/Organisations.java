package org.communitysafety.notification.organisation;

import java.time.Instant;
import java.util.Set;

import org.communitysafety.notification.events.EventHandler;
import org.communitysafety.notification.events.OrganisationRegistered;
import org.communitysafety.notification.events.OrganisationUpdated;
import org.communitysafety.servicedefaults.consumer.InboundEvents;
import org.communitysafety.servicedefaults.events.CloudEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The names of organisations, replicated from the partnership service's events.
 * Organisations are registered long before their representatives are appointed, but the
 * two arrive on different partitions: an organisation not known yet is named by its code
 * rather than holding up an alert.
 */
@Component
public class Organisations implements EventHandler {

    private final MongoTemplate mongo;

    private final InboundEvents inbound;

    Organisations(MongoTemplate mongo, InboundEvents inbound) {
        this.mongo = mongo;
        this.inbound = inbound;
    }

    /**
     * The organisation's name, or its code while its registration has not reached this
     * service.
     */
    public String nameOf(String organisationId) {
        Organisation organisation = mongo.findById(organisationId, Organisation.class);
        return organisation == null ? organisationId : organisation.name();
    }

    @Override
    public String name() {
        return "organisation-replica";
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of(OrganisationRegistered.TYPE, OrganisationUpdated.TYPE);
    }

    @Override
    public void handle(CloudEvent event) {
        switch (event.type()) {
            case OrganisationRegistered.TYPE -> {
                OrganisationRegistered registered = inbound.data(event, OrganisationRegistered.class);
                named(registered.organisationId(), registered.name(), EventHandler.timeOf(event));
            }
            case OrganisationUpdated.TYPE -> {
                OrganisationUpdated updated = inbound.data(event, OrganisationUpdated.class);
                named(updated.organisationId(), updated.name(), EventHandler.timeOf(event));
            }
            default -> throw new IllegalStateException("The organisation replica does not handle " + event.type());
        }
    }

    private void named(String organisationId, String name, Instant asOf) {
        Query notNewer = Query.query(Criteria.where("_id").is(organisationId).and("asOf").not().gt(asOf));
        try {
            mongo.upsert(notNewer, new Update().set("name", name).set("asOf", asOf), Organisation.class);
        }
        catch (DuplicateKeyException newer) {
            // Already holds a newer name: a replayed registration or update must not
            // bring an old one back.
        }
    }

}
