package org.communitysafety.partnership.person;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The record that a person's data was erased: which memberships, when, and (in its
 * history) by whom. It holds no personal data, and it carries the {@link PersonErased}
 * event that tells the other services.
 *
 * @param id the erasure
 * @param version its version
 * @param membershipIds every membership the person held
 * @param erasedOn the day of the erasure
 */
@Document("erasures")
record Erasure(@Id String id, @Version Long version, List<String> membershipIds, LocalDate erasedOn) {

    static Changed<Erasure, PersonErased> of(List<String> membershipIds, LocalDate today) {
        Erasure erasure = new Erasure(UUID.randomUUID().toString(), null, List.copyOf(membershipIds), today);
        return new Changed<>(erasure, new PersonErased(erasure.id, erasure.membershipIds, today));
    }
}
