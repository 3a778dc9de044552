package org.communitysafety.notification.preference;

import java.util.List;

import jakarta.validation.Valid;
import org.communitysafety.servicedefaults.security.Allowed;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Members' preferences as administrators see and change them, e.g. for a member who asks
 * by phone. Members change their own through the signed links in their emails.
 */
@RestController
@RequestMapping("/api/v1/notification-preferences/{membershipId}")
@PreAuthorize(Allowed.ADMINISTRATORS)
class PreferenceController {

    private final Preferences preferences;

    PreferenceController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    PreferenceResponse get(@PathVariable String membershipId) {
        return PreferenceResponse.of(preferences.of(membershipId));
    }

    @PutMapping("/{kind}")
    PreferenceResponse choose(@PathVariable String membershipId, @PathVariable AlertKind kind,
            @Valid @RequestBody ChoiceRequest request) {
        return PreferenceResponse
            .of(preferences.choose(membershipId, List.of(kind), request.choice(), PreferenceChosen.ADMINISTRATOR));
    }

}
