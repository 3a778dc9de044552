package org.communitysafety.notification.organisation;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's replica of an organisation: only its name, so that alerts name an
 * organisation as people know it.
 *
 * @param organisationId the organisation's code
 * @param name its name
 * @param asOf the time of the newest event applied
 */
@Document("organisations")
public record Organisation(@Id String organisationId, String name, Instant asOf) {
}
