package org.communitysafety.notification.preference;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.communitysafety.notification.mail.EmailTemplates;
import org.communitysafety.servicedefaults.problem.ResourceNotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The signed preference links in members' emails, served without a login (under
 * {@code /api/v1/open/}, which the platform's security admits anonymously): the link
 * itself is the member's authority, checked by {@link PreferenceLinks}. A GET only shows
 * the current choice and the buttons to change it, since mail scanners follow links; a
 * POST applies one. A POST with {@code List-Unsubscribe=One-Click} (RFC 8058, what a mail
 * client sends when its "unsubscribe" is pressed) stops the link's alerts.
 */
@RestController
@RequestMapping(PreferenceLinks.PATH + "/{membershipId}/{scope}")
class PreferenceLinkController {

    private static final String ONE_CLICK = "One-Click";

    private final Preferences preferences;

    private final PreferenceLinks links;

    private final EmailTemplates templates;

    PreferenceLinkController(Preferences preferences, PreferenceLinks links, EmailTemplates templates) {
        this.preferences = preferences;
        this.links = links;
        this.templates = templates;
    }

    @GetMapping
    ResponseEntity<String> show(@PathVariable String membershipId, @PathVariable String scope,
            @RequestParam long expires, @RequestParam String signature) {
        List<AlertKind> kinds = kindsOf(scope);
        links.check(membershipId, scope, expires, signature);
        Preference preference = preferences.of(membershipId);
        String page = templates.page("preferences/page",
                Map.of("kinds",
                        kinds.stream()
                            .map(kind -> Map.of("about", kind.about(), "choice", preference.choiceFor(kind)))
                            .toList(),
                        "action", PreferenceLinks.PATH + "/" + membershipId + "/" + scope + "?expires=" + expires
                                + "&signature=" + signature));
        return ResponseEntity.ok().contentType(MediaType.TEXT_HTML).body(page);
    }

    @PostMapping
    PreferenceResponse choose(@PathVariable String membershipId, @PathVariable String scope, @RequestParam long expires,
            @RequestParam String signature, @RequestParam(name = "List-Unsubscribe", required = false) String oneClick,
            @RequestParam(required = false) Choice choice) {
        List<AlertKind> kinds = kindsOf(scope);
        links.check(membershipId, scope, expires, signature);
        if (choice == null && !ONE_CLICK.equals(oneClick)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                    "Send choice=AT_ONCE, WEEKLY_DIGEST or NEVER, or List-Unsubscribe=One-Click");
        }
        Choice chosen = choice != null ? choice : Choice.NEVER;
        return PreferenceResponse.of(preferences.choose(membershipId, kinds, chosen, PreferenceChosen.MEMBER_LINK));
    }

    private static List<AlertKind> kindsOf(String scope) {
        if (PreferenceLinks.ALL.equals(scope)) {
            return List.of(AlertKind.values());
        }
        return Arrays.stream(AlertKind.values())
            .filter(kind -> kind.name().equals(scope))
            .findFirst()
            .map(List::of)
            .orElseThrow(() -> new ResourceNotFound("No kind of alert is called '" + scope + "'"));
    }

}
