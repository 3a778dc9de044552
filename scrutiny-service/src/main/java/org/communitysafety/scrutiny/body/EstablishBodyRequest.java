package org.communitysafety.scrutiny.body;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.validation.InputRules;

/**
 * Records a scrutiny body.
 *
 * @param code its code
 * @param name its name
 * @param kind committee or panel
 * @param hostOrganisation the authority that supports it
 * @param seats the local authorities that appoint councillors to it (a committee: its own
 * authority, the default)
 */
public record EstablishBodyRequest(
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String code,
        @NotBlank @Size(max = InputRules.MAX_NAME) String name, @NotNull BodyKind kind,
        @NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(regexp = InputRules.CODE,
                message = InputRules.CODE_MESSAGE) String hostOrganisation,
        @Size(max = InputRules.MAX_LIST) List<@NotBlank @Size(max = InputRules.MAX_CODE) @Pattern(
                regexp = InputRules.CODE, message = InputRules.CODE_MESSAGE) String> seats) {
}
