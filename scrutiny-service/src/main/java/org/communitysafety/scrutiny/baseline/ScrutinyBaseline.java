package org.communitysafety.scrutiny.baseline;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.communitysafety.scrutiny.body.EstablishBodyRequest;

/**
 * The scrutiny bodies of the source (§7), as shipped in
 * {@code baseline/scrutiny-baseline.json}.
 *
 * @param source where they come from
 * @param bodies each body as it is recorded
 */
record ScrutinyBaseline(String source, @NotEmpty List<@Valid EstablishBodyRequest> bodies) {
}
