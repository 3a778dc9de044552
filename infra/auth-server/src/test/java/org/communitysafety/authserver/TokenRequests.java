package org.communitysafety.authserver;

import java.util.Map;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * Talks to a running server the way a developer's curl does, keeping error responses
 * rather than throwing on them.
 */
public final class TokenRequests {

    private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
    };

    private final RestClient http;

    public TokenRequests(String baseUrl) {
        this.http = RestClient.builder().baseUrl(baseUrl).build();
    }

    /**
     * {@code curl -u clientId:secret -d grant_type=client_credentials [-d scope=...] <base>/oauth2/token}
     */
    public ResponseEntity<Map<String, Object>> clientCredentials(String clientId, String secret, String... scope) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        if (scope.length > 0) {
            form.add("scope", String.join(" ", scope));
        }
        return http.post()
            .uri("/oauth2/token")
            .headers(headers -> headers.setBasicAuth(clientId, secret))
            .contentType(MediaType.APPLICATION_FORM_URLENCODED)
            .body(form)
            .retrieve()
            .onStatus(status -> true, (request, response) -> {
            })
            .toEntity(JSON_OBJECT);
    }

    public String accessToken(String clientId, String secret) {
        return (String) clientCredentials(clientId, secret).getBody().get("access_token");
    }

    public ResponseEntity<Map<String, Object>> get(String path) {
        return http.get().uri(path).retrieve().onStatus(status -> true, (request, response) -> {
        }).toEntity(JSON_OBJECT);
    }

}
