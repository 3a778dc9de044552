package org.communitysafety.partnership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.communitysafety.localinfrastructure.ApiClient;
import org.communitysafety.localinfrastructure.TestTokens;

import static org.assertj.core.api.Assertions.assertThat;

/** Builds the registry a test needs through the API, with unique codes so tests never collide. */
public final class Fixtures {

    private final ApiClient administrator;

    public Fixtures(int port) {
        this.administrator = ApiClient.at("http://127.0.0.1:" + port)
                .withToken(TestTokens.shared().forOrganisation("northamptonshire-county-council", "ADMINISTRATOR"));
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Map<String, Object> organisation(String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Organisation " + code);
        body.put("type", "POLICE");
        body.put("responsibleAuthority", true);
        body.put("areas", List.of("E10000021"));
        return body;
    }

    public static Map<String, Object> partnership(String code, List<String> members) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", "Partnership " + code);
        body.put("kind", "DISTRICT_CSP");
        body.put("areas", List.of("E07000154"));
        body.put("memberOrganisations", members);
        return body;
    }

    public static Map<String, Object> member(String organisation, String email, String roleOnGroup) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("organisation", organisation);
        body.put("name", "Sam Example (fictional)");
        body.put("role", "Community Safety Manager");
        body.put("email", email);
        body.put("roleOnGroup", roleOnGroup);
        body.put("delegatedAuthority", true);
        body.put("authorityScope", "Commit officer time to agreed actions");
        return body;
    }

    public String registeredOrganisation() {
        String code = unique("org");
        assertThat(administrator.post("/api/v1/organisations", organisation(code)).status()).isEqualTo(201);
        return code;
    }

    public String partnershipOf(String... members) {
        String code = unique("csp");
        assertThat(administrator.post("/api/v1/partnerships", partnership(code, List.of(members))).status()).isEqualTo(201);
        return code;
    }
}
