package org.communitysafety.partnership.termsofreference;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.communitysafety.servicedefaults.calendar.UkCalendar;
import org.communitysafety.partnership.partnership.GroupManagement;
import org.communitysafety.partnership.partnership.Partnership;
import org.communitysafety.partnership.partnership.Partnerships;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.communitysafety.servicedefaults.web.ETags;
import org.springframework.stereotype.Service;

/**
 * The use cases of groups' terms of reference: adopting a version and reading any version
 * back.
 */
@Service
public class AdoptedTerms {

    private final TermsOfReferenceRepository repository;

    private final Partnerships partnerships;

    private final AggregateStore store;

    private final Clock clock;

    AdoptedTerms(TermsOfReferenceRepository repository, Partnerships partnerships, AggregateStore store, Clock clock) {
        this.repository = repository;
        this.partnerships = partnerships;
        this.store = store;
        this.clock = clock;
    }

    /**
     * Adopts a new version. The If-Match is the terms' ETag as last read (412 if another
     * version was adopted since); two adoptions racing are told apart by the store (409),
     * so neither is lost. Only those who manage the group adopt its terms.
     */
    public TermsOfReference adopt(String code, AdoptTermsRequest request, String ifMatch, GroupManagement management) {
        Partnership partnership = partnerships.get(code);
        management.checkMayManage(partnership);
        if (partnership.isDissolved()) {
            throw new RuleViolated("'" + partnership.name() + "' is dissolved; it adopts no more terms of reference");
        }
        LocalDate today = UkCalendar.today(clock);
        Optional<TermsOfReference> existing = repository.findById(code);
        if (existing.isEmpty()) {
            var adoption = TermsOfReference.first(code, request, today);
            return store.insert(adoption.aggregate(), List.of(adoption.event()));
        }
        TermsOfReference terms = existing.get();
        ETags.checkIfMatch(ifMatch, terms.version());
        var adoption = terms.adopt(request, today);
        return store.update(adoption.aggregate(), List.of(adoption.event()));
    }

    public Optional<TermsOfReference> of(String code) {
        partnerships.get(code);
        return repository.findById(code);
    }

    TermsOfReference get(String code) {
        return of(code).orElseThrow(() -> new ResourceNotFound("'" + code + "' has no terms of reference yet"));
    }

    TermsVersion inEffect(TermsOfReference terms, LocalDate day) {
        LocalDate asAt = day == null ? UkCalendar.today(clock) : day;
        return terms.inEffectOn(asAt)
            .orElseThrow(() -> new ResourceNotFound("No terms of reference of '" + terms.id() + "' were in effect on "
                    + asAt + "; the first took effect on " + terms.versions().get(0).effectiveFrom()));
    }

    TermsVersion version(TermsOfReference terms, int number) {
        return terms.number(number)
            .orElseThrow(() -> new ResourceNotFound("'" + terms.id() + "' has no version " + number
                    + " of its terms of reference; it has " + terms.versions().size()));
    }

}
