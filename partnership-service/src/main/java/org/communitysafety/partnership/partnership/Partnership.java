package org.communitysafety.partnership.partnership;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** A partnership or group, known by its code (e.g. {@code northampton-csp}). */
@Document("partnerships")
public class Partnership {

    @Id
    private String id;

    @Version
    private Long version;

    private String name;

    private PartnershipKind kind;

    private PartnershipStatus status;

    private LocalDate statusSince;

    private List<String> areas;

    private String reportsTo;

    private List<String> memberOrganisations;

    Partnership() {
    }

    static Formation form(FormPartnershipRequest request, LocalDate today) {
        Partnership partnership = new Partnership();
        partnership.id = request.code();
        partnership.name = request.name();
        partnership.kind = request.kind();
        partnership.status = request.status() == null ? PartnershipStatus.ACTIVE : request.status();
        partnership.statusSince = today;
        partnership.areas = List.copyOf(request.areas());
        partnership.reportsTo = request.reportsTo();
        partnership.memberOrganisations = List.copyOf(request.memberOrganisations());
        return new Formation(partnership, new PartnershipFormed(partnership.id, partnership.name, partnership.kind,
                partnership.status, partnership.areas, partnership.reportsTo, partnership.memberOrganisations));
    }

    record Formation(Partnership partnership, PartnershipFormed event) {
    }

    public boolean isDissolved() {
        return status == PartnershipStatus.DISSOLVED;
    }

    public boolean hasMemberOrganisation(String organisation) {
        return memberOrganisations.contains(organisation);
    }

    public String id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String name() {
        return name;
    }

    public PartnershipKind kind() {
        return kind;
    }

    public PartnershipStatus status() {
        return status;
    }

    public LocalDate statusSince() {
        return statusSince;
    }

    public List<String> areas() {
        return areas;
    }

    public String reportsTo() {
        return reportsTo;
    }

    public List<String> memberOrganisations() {
        return memberOrganisations;
    }
}
