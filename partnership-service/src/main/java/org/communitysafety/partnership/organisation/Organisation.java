package org.communitysafety.partnership.organisation;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** An agency, known across the platform by its code (e.g. {@code northamptonshire-police}). */
@Document("organisations")
public class Organisation {

    @Id
    private String id;

    @Version
    private Long version;

    private String name;

    private OrganisationType type;

    private boolean responsibleAuthority;

    private List<String> areas;

    Organisation() {
    }

    private Organisation(String id, String name, OrganisationType type, boolean responsibleAuthority, List<String> areas) {
        this.id = id;
        this.name = name;
        this.type = type;
        this.responsibleAuthority = responsibleAuthority;
        this.areas = List.copyOf(areas);
    }

    static Registration register(String code, String name, OrganisationType type, boolean responsibleAuthority,
            List<String> areas) {
        Organisation organisation = new Organisation(code, name, type, responsibleAuthority, areas);
        return new Registration(organisation, new OrganisationRegistered(code, name, type, responsibleAuthority,
                organisation.areas));
    }

    record Registration(Organisation organisation, OrganisationRegistered event) {
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

    public OrganisationType type() {
        return type;
    }

    public boolean responsibleAuthority() {
        return responsibleAuthority;
    }

    public List<String> areas() {
        return areas;
    }
}
