package org.communitysafety.partnership.termsofreference;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A group's terms of reference: every version it has adopted, oldest first. Versions are
 * only ever added, so what the group was there to do on any past day stays readable.
 *
 * @param id the group's code: a group has one set of terms, in versions
 * @param version the version of this document, also its ETag
 * @param versions the adopted versions, oldest first
 */
@Document(TermsOfReference.COLLECTION)
public record TermsOfReference(@Id String id, @Version Long version, List<TermsVersion> versions) {

    /** Where these documents are kept; their history is found by it. */
    public static final String COLLECTION = "terms_of_reference";

    static Changed<TermsOfReference, TermsOfReferenceAdopted> first(String partnership, AdoptTermsRequest request,
            LocalDate today) {
        return new TermsOfReference(partnership, null, List.of()).adopt(request, today);
    }

    /** Adds a version taking effect after the latest one (default today). */
    Changed<TermsOfReference, TermsOfReferenceAdopted> adopt(AdoptTermsRequest request, LocalDate today) {
        LocalDate effectiveFrom = request.effectiveFrom() == null ? today : request.effectiveFrom();
        latest().filter(latest -> !effectiveFrom.isAfter(latest.effectiveFrom())).ifPresent(latest -> {
            throw new RuleViolated("A new version must take effect after version " + latest.number()
                    + ", which took effect on " + latest.effectiveFrom());
        });
        TermsVersion adopted = new TermsVersion(versions.size() + 1, request.purpose().strip(),
                request.responsibilities().stream().map(String::strip).toList(), effectiveFrom, request.source());
        List<TermsVersion> all = new ArrayList<>(versions);
        all.add(adopted);
        return new Changed<>(new TermsOfReference(id, version, List.copyOf(all)),
                new TermsOfReferenceAdopted(id, adopted.number(), adopted.purpose(), adopted.responsibilities(),
                        adopted.effectiveFrom(), adopted.source()));
    }

    /** The version in effect on the day: the latest to have taken effect by then. */
    Optional<TermsVersion> inEffectOn(LocalDate day) {
        return versions.stream()
            .filter(candidate -> !candidate.effectiveFrom().isAfter(day))
            .reduce((earlier, later) -> later);
    }

    Optional<TermsVersion> number(int number) {
        return versions.stream().filter(candidate -> candidate.number() == number).findFirst();
    }

    /** The day after which a version gave way to the next, if it has. */
    Optional<LocalDate> effectiveUntil(TermsVersion terms) {
        return number(terms.number() + 1).map(next -> next.effectiveFrom().minusDays(1));
    }

    Optional<TermsVersion> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
}
