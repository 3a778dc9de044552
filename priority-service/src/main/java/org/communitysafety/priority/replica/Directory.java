package org.communitysafety.priority.replica;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What this service knows of the county's organisations and groups, from its replica. A
 * reference to one it does not know is refused (422) naming it: the partnership service
 * registers it first, and its event reaches this service soon after.
 */
@Component
public class Directory {

    private final MongoTemplate mongo;

    Directory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<Group> findGroup(String id) {
        return Optional.ofNullable(id).map(known -> mongo.findById(known, Group.class));
    }

    /** The group, or a refusal naming the unknown reference. */
    public Group group(String id, String as) {
        return findGroup(id).filter(group -> group.kind() != null)
            .orElseThrow(() -> new RuleViolated("Unknown " + as + " '" + id
                    + "': no partnership or group with that code is registered with the partnership service"));
    }

    /** The group, known and not dissolved, or a refusal saying which it is. */
    public Group activeGroup(String id, String as) {
        Group group = group(id, as);
        if (group.isDissolved()) {
            throw new RuleViolated("'" + group.name() + "' (" + as + ") is dissolved; nothing new can be given to it");
        }
        return group;
    }

    public boolean knowsOrganisation(String id) {
        return id != null && mongo.exists(Query.query(Criteria.where("_id").is(id)), Organisation.class);
    }

    /** Refuses (422) naming every organisation among these that is not registered. */
    public void requireOrganisations(Collection<String> ids, String as) {
        List<String> unknown = ids.stream().filter(id -> !knowsOrganisation(id)).toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolated("Unknown " + as + " " + unknown
                    + ": no organisation with that code is registered with the partnership service");
        }
    }

    /** Whether every one of these groups is known, e.g. before loading the baseline. */
    public boolean knowsGroups(Collection<String> ids) {
        return ids.stream().allMatch(id -> findGroup(id).filter(group -> group.kind() != null).isPresent());
    }

    /**
     * The CSPs and county strategy groups still in being: those with statutory duties.
     */
    public List<Group> dutyHolders() {
        return mongo
            .find(Query.query(Criteria.where("kind").in(Group.DISTRICT_CSP, Group.COUNTY_STRATEGY_GROUP)), Group.class)
            .stream()
            .filter(group -> !group.isDissolved())
            .toList();
    }

}
