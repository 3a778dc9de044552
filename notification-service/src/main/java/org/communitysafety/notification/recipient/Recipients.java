package org.communitysafety.notification.recipient;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.communitysafety.notification.member.Member;
import org.communitysafety.notification.member.Members;
import org.communitysafety.notification.organisation.Organisations;
import org.communitysafety.notification.partnership.Partnerships;
import org.springframework.stereotype.Component;

/**
 * Who receives which alert; the one place that says so (the README repeats it). Only
 * members in force on the day are told, never one who has stood down or been erased; and
 * a person who sits on several of the groups concerned gets one email per event, through
 * the first of their memberships (the same address is never written to twice for one
 * event).
 * <ul>
 * <li>Appointed to a group: the person appointed (the appointment feature).</li>
 * <li>Action assigned, action overdue: the members of the action's group who represent
 * the organisation that owns the action ({@link #ofActionOwner}).</li>
 * <li>A partnership plan agreed, published or due for review: the members of the plan's
 * group ({@link #ofGroup}).</li>
 * <li>The county's community safety agreement agreed, published, due for review or due to
 * the Police and Crime Commissioner, and the strategic assessment window opening and
 * closing: the members of the county strategy group and of every district CSP, who all
 * contribute to the assessment and deliver the agreement ({@link #ofCountyAndDistricts}).
 * </li>
 * <li>A scrutiny meeting scheduled or its agenda published: the chairs and vice-chairs of
 * the county strategy group and of every district CSP, who answer to the committee and
 * the panel for their group's work ({@link #chairsOfCountyAndDistricts}).</li>
 * <li>A recommendation awaiting a response, or its response overdue: when addressed to an
 * organisation, the members who represent it on any group ({@link #ofOrganisation}); when
 * addressed to a partnership, the members of that group ({@link #ofGroup}).</li>
 * <li>An update of community safety activity (§6.3): the members of the group that
 * receives it at its reporting cadence ({@link #ofReportingGroup}).</li>
 * </ul>
 */
@Component
public class Recipients {

    private static final Set<String> COUNTY_AND_DISTRICTS = Set.of(Partnerships.COUNTY_STRATEGY_GROUP,
            Partnerships.DISTRICT_CSP);

    private static final Set<String> CHAIRS = Set.of("CHAIR", "VICE_CHAIR");

    private final Members members;

    private final Partnerships partnerships;

    private final Organisations organisations;

    Recipients(Members members, Partnerships partnerships, Organisations organisations) {
        this.members = members;
        this.partnerships = partnerships;
        this.organisations = organisations;
    }

    public List<Recipient> ofActionOwner(String partnershipId, String ownerOrganisationId, LocalDate day) {
        String organisation = organisations.nameOf(ownerOrganisationId);
        return distinct(
                members.ofGroupOn(partnershipId, day)
                    .stream()
                    .filter(member -> ownerOrganisationId.equals(member.organisationId()))
                    .toList(),
                (member, group) -> "you represent " + organisation + " on " + group + ", and the action is "
                        + organisation + "'s");
    }

    public List<Recipient> ofGroup(String partnershipId, LocalDate day) {
        return distinct(members.ofGroupOn(partnershipId, day), (member, group) -> "you are a member of " + group);
    }

    /**
     * The members of a group that is updated on community safety activity at a cadence,
     * e.g. "every 6 months".
     */
    public List<Recipient> ofReportingGroup(String partnershipId, String cadence, LocalDate day) {
        return distinct(members.ofGroupOn(partnershipId, day), (member, group) -> "you are a member of " + group
                + ", which receives an update of community safety activity " + cadence);
    }

    public List<Recipient> ofOrganisation(String organisationId, LocalDate day) {
        String organisation = organisations.nameOf(organisationId);
        return distinct(members.ofOrganisationOn(organisationId, day),
                (member, group) -> "you represent " + organisation + " on " + group);
    }

    public List<Recipient> ofCountyAndDistricts(LocalDate day) {
        return distinct(members.ofGroupsOn(partnerships.ofKinds(COUNTY_AND_DISTRICTS), day),
                (member, group) -> "you are a member of " + group
                        + ", one of the groups that assess and deliver the county's community safety agreement");
    }

    public List<Recipient> chairsOfCountyAndDistricts(LocalDate day) {
        return distinct(
                members.ofGroupsOn(partnerships.ofKinds(COUNTY_AND_DISTRICTS), day)
                    .stream()
                    .filter(member -> CHAIRS.contains(member.roleOnGroup()))
                    .toList(),
                (member, group) -> "you " + ("CHAIR".equals(member.roleOnGroup()) ? "chair " : "are vice-chair of ")
                        + group + ", which answers to scrutiny for its work");
    }

    /**
     * One recipient per address, each with the reason, given the member and the name of
     * their group (the groups' names asked for once, for them all).
     */
    private List<Recipient> distinct(Collection<Member> members, BiFunction<Member, String, String> reason) {
        List<Member> reachable = members.stream()
            .filter(member -> member.email() != null)
            .sorted(Comparator.comparing(Member::membershipId))
            .toList();
        if (reachable.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = partnerships
            .namesOf(reachable.stream().map(Member::partnershipId).collect(Collectors.toSet()));
        Map<String, Recipient> byAddress = new LinkedHashMap<>();
        reachable.forEach(member -> byAddress.putIfAbsent(member.email(), new Recipient(member.membershipId(),
                member.name(), member.email(), reason.apply(member, groupOf(member, names)))));
        return List.copyOf(byAddress.values());
    }

    private static String groupOf(Member member, Map<String, String> names) {
        String name = names.getOrDefault(member.partnershipId(), member.partnershipId());
        return name.equals(member.partnershipId()) && member.partnershipName() != null ? member.partnershipName()
                : name;
    }

}
