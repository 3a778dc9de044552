package org.communitysafety.partnership.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.partnership.organisation.Organisations;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/**
 * The use cases of partnerships and groups: forming them, changing their details and
 * moving them on in life.
 */
@Service
public class Partnerships {

    private final PartnershipRepository repository;

    private final Organisations organisations;

    private final ReportingLines reportingLines;

    private final Representatives representatives;

    private final MongoTemplate mongo;

    private final AggregateStore store;

    private final Clock clock;

    Partnerships(PartnershipRepository repository, Organisations organisations, ReportingLines reportingLines,
            Representatives representatives, MongoTemplate mongo, AggregateStore store, Clock clock) {
        this.repository = repository;
        this.organisations = organisations;
        this.reportingLines = reportingLines;
        this.representatives = representatives;
        this.mongo = mongo;
        this.store = store;
        this.clock = clock;
    }

    public Partnership form(FormPartnershipRequest request) {
        if (repository.existsById(request.code())) {
            throw new ConcurrentChange("A partnership with code '" + request.code() + "' already exists");
        }
        for (String organisation : request.memberOrganisations()) {
            if (!organisations.exists(organisation)) {
                throw new RuleViolated("Member organisation '" + organisation + "' is not registered");
            }
        }
        checkRegistered(request.managedBy());
        reportingLines.check(null, request.reportsTo());
        var formation = Partnership.form(request, UkCalendar.today(clock));
        checkCadence(formation.aggregate().reportingCadence());
        return store.insert(formation.aggregate(), List.of(formation.event()));
    }

    /**
     * Changes the group's details; only an administrator hands it to another organisation
     * to run.
     */
    Partnership update(String code, UpdatePartnershipRequest request, boolean replace, String ifMatch,
            GroupManagement management) {
        Partnership partnership = current(code, ifMatch, management);
        management.checkMayHandOver(partnership, request.managedBy());
        var update = partnership.update(request, replace);
        if (update.isEmpty()) {
            return partnership;
        }
        Partnership updated = update.get().aggregate();
        List<String> changed = update.get().event().changed();
        if (changed.contains("reportsTo")) {
            reportingLines.check(code, updated.reportsTo());
        }
        if (changed.contains("managedBy")) {
            checkRegistered(updated.managedBy());
        }
        checkCadence(updated.reportingCadence());
        return store.update(updated, List.of(update.get().event()));
    }

    /**
     * Records which organisation runs a group formed before groups named one (e.g. the
     * baseline's, loaded by an earlier version); a group that names one, or is dissolved,
     * is left as it is.
     */
    public void recordManagedByWhereMissing(String code, String organisation) {
        Partnership partnership = get(code);
        if (partnership.managedBy() == null && !partnership.isDissolved()) {
            var handOver = UpdatePartnershipRequest.handingOverTo(organisation);
            update(code, handOver, false, ETags.of(partnership.version()), GroupManagement.platform());
        }
    }

    Partnership changeStatus(String code, ChangeStatusRequest request, String ifMatch, GroupManagement management) {
        Partnership partnership = current(code, ifMatch, management);
        LocalDate today = UkCalendar.today(clock);
        LocalDate since = request.since() == null ? today : request.since();
        if (request.status() == PartnershipStatus.DISSOLVED) {
            checkNothingDependsOn(partnership, since);
        }
        var changed = partnership.changeStatus(request.status(), since, request.reason(), today);
        return store.update(changed.aggregate(), List.of(changed.event()));
    }

    /**
     * The group as it is now, if the caller manages it and it is still as the caller last
     * read it.
     */
    Partnership current(String code, String ifMatch, GroupManagement management) {
        Partnership partnership = get(code);
        management.checkMayManage(partnership);
        ETags.checkIfMatch(ifMatch, partnership.version());
        return partnership;
    }

    public Partnership get(String code) {
        return repository.findById(code)
            .orElseThrow(() -> new ResourceNotFound("No partnership has the code '" + code + "'"));
    }

    public boolean exists(String code) {
        return repository.existsById(code);
    }

    Page<Partnership> list(PartnershipFilter filter, Pageable pageable) {
        Query query = filter.toQuery();
        List<Partnership> page = mongo.find(Query.of(query).with(pageable), Partnership.class);
        return PageableExecutionUtils.getPage(page, pageable, () -> mongo.count(query, Partnership.class));
    }

    ReportingTree treeFrom(String code) {
        return ReportingTree.of(get(code), repository.findAll());
    }

    private void checkNothingDependsOn(Partnership partnership, LocalDate since) {
        long serving = representatives.servingAfter(partnership.id(), null, since);
        if (serving > 0) {
            throw new RuleViolated("'" + partnership.name() + "' still has " + serving
                    + " representative(s) serving after " + since + "; stand them down before dissolving it");
        }
        List<String> reporting = repository.findByReportsTo(partnership.id())
            .stream()
            .filter(group -> !group.isDissolved())
            .map(Partnership::id)
            .toList();
        if (!reporting.isEmpty()) {
            throw new RuleViolated("Groups still report to '" + partnership.name() + "': "
                    + String.join(", ", reporting) + "; give them another reporting line before dissolving it");
        }
    }

    private void checkRegistered(String managedBy) {
        if (!organisations.exists(managedBy)) {
            throw new RuleViolated("The organisation to run the group, '" + managedBy + "', is not registered");
        }
    }

    private static void checkCadence(String cadence) {
        if (cadence != null && Period.parse(cadence).isZero()) {
            throw new RuleViolated("A reporting cadence must be longer than no time at all");
        }
    }

}
