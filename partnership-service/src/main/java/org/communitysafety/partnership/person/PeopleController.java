package org.communitysafety.partnership.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import org.communitysafety.servicedefaults.security.Allowed;
import org.communitysafety.servicedefaults.validation.InputRules;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A person's data, found by their email address: exported or erased on their request, by
 * an administrator.
 */
@RestController
@RequestMapping("/api/v1/people/{email}")
@PreAuthorize(Allowed.ADMINISTRATORS)
class PeopleController {

    private final PersonalData personalData;

    PeopleController(PersonalData personalData) {
        this.personalData = personalData;
    }

    @GetMapping("/export")
    PersonalDataExport export(
            @PathVariable @Size(max = InputRules.MAX_EMAIL) @Email(regexp = InputRules.EMAIL) String email) {
        return personalData.export(email);
    }

    @DeleteMapping
    ErasureResponse erase(
            @PathVariable @Size(max = InputRules.MAX_EMAIL) @Email(regexp = InputRules.EMAIL) String email) {
        return personalData.erase(email);
    }

}
