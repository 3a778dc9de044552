package org.communitysafety.priority.replica;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * This service's replica of an organisation, so that owners of actions can be checked and
 * named without calling the partnership service.
 *
 * @param id the organisation's code
 * @param name its name
 * @param asOf the time of the newest event applied
 */
@Document("organisations")
public record Organisation(@Id String id, String name, Instant asOf) {
}
