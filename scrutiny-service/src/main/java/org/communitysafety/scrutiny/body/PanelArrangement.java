package org.communitysafety.scrutiny.body;

import java.time.LocalDate;

/**
 * A local authority's agreement to the Police and Crime Panel arrangements (§7.3-7.4).
 *
 * @param organisationId the local authority
 * @param agreedOn the day it agreed them
 */
public record PanelArrangement(String organisationId, LocalDate agreedOn) {
}
