package org.communitysafety.partnership.baseline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BooleanSupplier;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.communitysafety.partnership.membership.AppointMemberRequest;
import org.communitysafety.partnership.membership.Memberships;
import org.communitysafety.partnership.organisation.Organisations;
import org.communitysafety.partnership.partnership.GroupManagement;
import org.communitysafety.partnership.partnership.Partnerships;
import org.communitysafety.partnership.termsofreference.AdoptedTerms;
import org.communitysafety.servicedefaults.problem.ConcurrentChange;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the county baseline through the same use cases as the API, so every part is
 * checked and published like any other change. Only what is missing is created: an
 * organisation or group by its code, terms of reference if the group has none, a
 * representative if the group never had a membership with their email, and the
 * organisation that runs a group if it names none (groups loaded before that was
 * recorded). So a second load (or a load by a second replica at the same moment) changes
 * nothing and publishes nothing, and what people have changed since is left alone.
 */
@Service
class BaselineLoader {

    static final String RESOURCE = "baseline/county-baseline.json";

    private final Organisations organisations;

    private final Partnerships partnerships;

    private final AdoptedTerms terms;

    private final Memberships memberships;

    private final JsonMapper json;

    private final Validator validator;

    BaselineLoader(Organisations organisations, Partnerships partnerships, AdoptedTerms terms, Memberships memberships,
            JsonMapper json, Validator validator) {
        this.organisations = organisations;
        this.partnerships = partnerships;
        this.terms = terms;
        this.memberships = memberships;
        this.json = json;
        this.validator = validator;
    }

    BaselineLoaded load() {
        CountyBaseline baseline = read();
        BaselineCounts created = BaselineCounts.NONE;
        BaselineCounts present = BaselineCounts.NONE;
        for (var organisation : baseline.organisations()) {
            boolean made = createIfMissing(() -> organisations.exists(organisation.code()),
                    () -> organisations.register(organisation));
            created = created.plus(made ? new BaselineCounts(1, 0, 0, 0) : BaselineCounts.NONE);
            present = present.plus(made ? BaselineCounts.NONE : new BaselineCounts(1, 0, 0, 0));
        }
        for (var group : baseline.partnerships()) {
            BaselineCounts made = load(group);
            BaselineCounts total = new BaselineCounts(0, 1, group.termsOfReference() == null ? 0 : 1,
                    group.members().size());
            created = created.plus(made);
            present = present.plus(new BaselineCounts(0, total.partnerships() - made.partnerships(),
                    total.termsOfReference() - made.termsOfReference(), total.members() - made.members()));
        }
        return new BaselineLoaded(created, present);
    }

    private BaselineCounts load(CountyBaseline.Group group) {
        int formed = createIfMissing(() -> partnerships.exists(group.code()),
                () -> partnerships.form(group.formation())) ? 1 : 0;
        if (formed == 0) {
            recordManagedByWhereMissing(group);
        }
        int adopted = group.termsOfReference() != null && createIfMissing(() -> terms.of(group.code()).isPresent(),
                () -> terms.adopt(group.code(), group.termsOfReference(), null, GroupManagement.platform())) ? 1 : 0;
        int appointed = 0;
        for (AppointMemberRequest member : group.members()) {
            appointed += createIfMissing(
                    () -> memberships.ofPerson(member.email())
                        .stream()
                        .anyMatch(held -> held.partnershipId().equals(group.code())),
                    () -> memberships.appoint(group.code(), member, GroupManagement.platform())) ? 1 : 0;
        }
        return new BaselineCounts(0, formed, adopted, appointed);
    }

    /**
     * A group loaded before groups named who runs them gets the baseline's organisation,
     * unless one runs it already.
     */
    private void recordManagedByWhereMissing(CountyBaseline.Group group) {
        try {
            partnerships.recordManagedByWhereMissing(group.code(), group.managedBy());
        }
        catch (ConcurrentChange ex) {
            // A second replica recorded it at the same moment.
        }
    }

    /**
     * Creates the part unless it is there; a replica creating it at the same moment
     * counts as "there".
     */
    private static boolean createIfMissing(BooleanSupplier present, Runnable create) {
        if (present.getAsBoolean()) {
            return false;
        }
        try {
            create.run();
            return true;
        }
        catch (ConcurrentChange ex) {
            return false;
        }
    }

    private CountyBaseline read() {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            CountyBaseline baseline = json.readValue(in, CountyBaseline.class);
            Set<ConstraintViolation<?>> violations = new HashSet<ConstraintViolation<?>>(validator.validate(baseline));
            baseline.partnerships().forEach(group -> violations.addAll(validator.validate(group.formation())));
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException("The county baseline breaks the register's rules", violations);
            }
            return baseline;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, ex);
        }
    }

}
