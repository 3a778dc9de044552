package org.communitysafety.notification.appointment;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.communitysafety.notification.events.MemberAppointed;
import org.communitysafety.notification.events.Representative;

/**
 * The email telling a representative they were appointed to a group: where, as what, for
 * whom, from when, and what the delegated authority expected of them means (source §6.8).
 *
 * @param subject the subject line
 * @param body the plain-text body
 */
record AppointmentEmail(String subject, String body) {

    static final String DELEGATED_AUTHORITY = "Representatives should have delegated authority to act on behalf of "
            + "their own organisation and the responsibility for taking actions through their organisation on behalf "
            + "of the group they are a member of.";

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static AppointmentEmail of(MemberAppointed appointed, Representative person, String organisationName) {
        String group = appointed.partnershipName();
        StringBuilder body = new StringBuilder().append("Dear ")
            .append(person.name())
            .append(",\n\n")
            .append("You have been appointed to ")
            .append(group)
            .append(' ')
            .append(asRole(appointed.roleOnGroup()))
            .append(", representing ")
            .append(organisationName)
            .append(" (")
            .append(person.role())
            .append(").\n")
            .append("Your appointment starts on ")
            .append(date(appointed.startDate()));
        if (appointed.endDate() != null) {
            body.append(" and ends on ").append(date(appointed.endDate()));
        }
        body.append(".\n\n")
            .append("What delegated authority means\n")
            .append(DELEGATED_AUTHORITY)
            .append(" (Community Safety Agreement, section 6.8)\n\n");
        if (appointed.delegatedAuthority()) {
            body.append(organisationName).append(" has recorded that you hold this authority");
            body.append(appointed.authorityScope() == null || appointed.authorityScope().isBlank() ? ".\n\n"
                    : ": " + appointed.authorityScope() + ".\n\n");
        }
        else {
            body.append(organisationName)
                .append(" has not yet recorded this authority for you. Please arrange it ")
                .append("with your organisation, so that you can commit it to the actions ")
                .append(group)
                .append(" agrees.\n\n");
        }
        body.append("From now on you will receive alerts about what ")
            .append(group)
            .append(" needs you to know or do.\n\n")
            .append("Community Safety Partnership Platform\n");
        return new AppointmentEmail("You have been appointed to " + group, body.toString());
    }

    private static String asRole(String roleOnGroup) {
        return switch (roleOnGroup) {
            case "CHAIR" -> "as its chair";
            case "VICE_CHAIR" -> "as its vice-chair";
            case "MEMBER" -> "as a member";
            case "ADVISER" -> "as an adviser";
            default -> "as " + roleOnGroup.toLowerCase(Locale.ROOT).replace('_', ' ');
        };
    }

    private static String date(LocalDate date) {
        return date.format(UK_DATE);
    }
}
