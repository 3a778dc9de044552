package org.communitysafety.scrutiny.body;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.communitysafety.servicedefaults.aggregate.Changed;
import org.communitysafety.servicedefaults.problem.RuleViolated;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A crime and disorder committee or the Police and Crime Panel: the authority that
 * supports it (its host), the local authorities that hold seats on it, its members and,
 * for the panel, the arrangements each authority agreed.
 *
 * @param id the body's code
 * @param version its version, also its ETag
 * @param name its name
 * @param kind committee or panel
 * @param hostOrganisationId the authority that supports it; its scrutiny officers manage
 * the body's meetings and recommendations
 * @param seats the local authorities that appoint councillors to it
 * @param members its members, past and present
 * @param arrangements the panel arrangements agreed, one per authority
 */
@Document("bodies")
public record ScrutinyBody(@Id String id, @Version Long version, String name, BodyKind kind, String hostOrganisationId,
        List<String> seats, List<BodyMember> members, List<PanelArrangement> arrangements) {

    static Changed<ScrutinyBody, BodyEstablished> establish(EstablishBodyRequest request) {
        List<String> seats = request.seats() == null || request.seats().isEmpty() ? List.of(request.hostOrganisation())
                : List.copyOf(request.seats());
        if (request.kind() == BodyKind.CRIME_AND_DISORDER_COMMITTEE
                && !seats.equals(List.of(request.hostOrganisation()))) {
            throw new RuleViolated("A crime and disorder committee is a committee of its own local authority (§7.1); "
                    + "only '" + request.hostOrganisation() + "' appoints to it");
        }
        if (seats.stream().distinct().count() != seats.size()) {
            throw new RuleViolated("Each local authority holds one seat entry; " + seats + " repeats one");
        }
        ScrutinyBody body = new ScrutinyBody(request.code(), null, request.name().strip(), request.kind(),
                request.hostOrganisation(), seats, List.of(), List.of());
        return new Changed<>(body, new BodyEstablished(body.id, body.name, body.kind, body.hostOrganisationId, seats));
    }

    Changed<ScrutinyBody, BodyMemberAppointed> appoint(AppointBodyMemberRequest request, LocalDate today) {
        LocalDate start = request.startDate() == null ? today : request.startDate();
        if (request.endDate() != null && request.endDate().isBefore(start)) {
            throw new RuleViolated(
                    "A term of office cannot end (" + request.endDate() + ") before it starts (" + start + ")");
        }
        if (request.kind() == MemberKind.COUNCILLOR && !seats.contains(request.appointedBy())) {
            throw new RuleViolated("A councillor is appointed by a local authority holding a seat on '" + name + "' ("
                    + String.join(", ", seats) + "); '" + request.appointedBy() + "' holds none");
        }
        if (request.kind() == MemberKind.CO_OPTED_INDEPENDENT && request.appointedBy() != null) {
            throw new RuleViolated("A co-opted independent member is appointed by the body itself, not by '"
                    + request.appointedBy() + "'");
        }
        BodyMember member = new BodyMember(UUID.randomUUID().toString(), request.name().strip(), request.kind(),
                request.appointedBy(), start, request.endDate());
        List<BodyMember> appointed = new ArrayList<>(members);
        appointed.add(member);
        return new Changed<>(
                new ScrutinyBody(id, version, name, kind, hostOrganisationId, seats, appointed, arrangements),
                new BodyMemberAppointed(id, member.id(), member.name(), member.kind(), member.appointedBy(), start,
                        member.endDate()));
    }

    Changed<ScrutinyBody, PanelArrangementsAgreed> recordArrangement(RecordArrangementRequest request,
            LocalDate today) {
        if (kind != BodyKind.POLICE_AND_CRIME_PANEL) {
            throw new RuleViolated(
                    "Panel arrangements are agreed for the Police and Crime Panel (§7.3), not for '" + name + "'");
        }
        if (!seats.contains(request.organisation())) {
            throw new RuleViolated("'" + request.organisation() + "' is not a local authority of the police area "
                    + "holding a seat on the panel");
        }
        if (request.agreedOn().isAfter(today)) {
            throw new RuleViolated(
                    "Arrangements are recorded once agreed; " + request.agreedOn() + " is still to come");
        }
        if (arrangements.stream().anyMatch(agreed -> agreed.organisationId().equals(request.organisation()))) {
            throw new RuleViolated("'" + request.organisation() + "' has already agreed the panel arrangements");
        }
        List<PanelArrangement> agreed = new ArrayList<>(arrangements);
        agreed.add(new PanelArrangement(request.organisation(), request.agreedOn()));
        return new Changed<>(new ScrutinyBody(id, version, name, kind, hostOrganisationId, seats, members, agreed),
                new PanelArrangementsAgreed(id, request.organisation(), request.agreedOn()));
    }

}
