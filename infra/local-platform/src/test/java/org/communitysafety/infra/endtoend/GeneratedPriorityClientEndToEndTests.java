package org.communitysafety.infra.endtoend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.communitysafety.clients.priority.ApiClient;
import org.communitysafety.clients.priority.ApiException;
import org.communitysafety.clients.priority.ApiResponse;
import org.communitysafety.clients.priority.api.PriorityApi;
import org.communitysafety.clients.priority.model.AdoptPriorityRequest;
import org.communitysafety.clients.priority.model.PageResponsePriorityResponse;
import org.communitysafety.clients.priority.model.PriorityResponse;
import org.communitysafety.clients.priority.model.Problem;
import org.communitysafety.clients.priority.model.UpdatePriorityRequestPatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A district council's own system with a Java client generated at build time from
 * priority-service's published API document, calling the platform through the gateway
 * with a token from the development auth server: it adopts a local priority for its CSP
 * with an Idempotency-Key, reads it with its ETag, changes it with If-Match, reads a 412
 * and a 428 as typed problems, and pages its CSP's priorities to their end.
 */
class GeneratedPriorityClientEndToEndTests {

    private static final String COUNCIL = "northampton-borough-council";

    private static final String CSP = "northampton-csp";

    private final RunningPlatform platform = RunningPlatform.get();

    private PriorityApi council;

    @BeforeEach
    void countyBaselineLoaded() {
        new Registry(platform).priorityBaselineLoaded();
        council = new PriorityApi(clientAs(COUNCIL));
    }

    @Test
    void adoptsAPriorityOnceWithAnIdempotencyKeyAndReadsItBackWithItsETag() throws ApiException {
        AdoptPriorityRequest request = localPriority(Registry.unique("Violence in the night-time economy"));
        String idempotencyKey = UUID.randomUUID().toString();

        ApiResponse<PriorityResponse> adopted = council.adoptPriorityWithHttpInfo(request, idempotencyKey);
        ApiResponse<PriorityResponse> repeated = council.adoptPriorityWithHttpInfo(request, idempotencyKey);

        assertThat(adopted.getStatusCode()).isEqualTo(201);
        String id = adopted.getData().getId();
        assertThat(header(adopted, "Location")).hasValue("/api/v1/priorities/" + id);
        assertThat(adopted.getData().getTitle()).isEqualTo(request.getTitle());
        assertThat(adopted.getData().getScope()).isEqualTo(PriorityResponse.ScopeEnum.LOCAL);
        assertThat(repeated.getStatusCode()).as("the first answer again, nothing adopted twice").isEqualTo(201);
        assertThat(repeated.getData()).isEqualTo(adopted.getData());

        ApiResponse<PriorityResponse> read = council.getPriorityWithHttpInfo(id);
        assertThat(read.getStatusCode()).isEqualTo(200);
        assertThat(read.getData()).isEqualTo(adopted.getData());
        assertThat(header(read, "ETag")).isPresent().isEqualTo(header(adopted, "ETag"));
    }

    @Test
    void changesAPriorityWithTheETagItReadAndReadsA412AndA428AsTypedProblems() throws ApiException {
        String id = council.adoptPriority(localPriority(Registry.unique("Domestic abuse")), null).getId();
        String etag = header(council.getPriorityWithHttpInfo(id), "ETag").orElseThrow();
        String renamed = Registry.unique("Domestic abuse and stalking");

        ApiResponse<PriorityResponse> updated = council.updatePriorityWithHttpInfo(id,
                new UpdatePriorityRequestPatch().title(renamed), etag);

        assertThat(updated.getStatusCode()).isEqualTo(200);
        assertThat(updated.getData().getTitle()).isEqualTo(renamed);
        assertThat(updated.getData().getSources()).as("a list the patch left out keeps its value")
            .containsExactly(PriorityResponse.SourcesEnum.STRATEGIC_ASSESSMENT);
        assertThat(header(updated, "ETag")).isPresent().isNotEqualTo(Optional.of(etag));

        Problem stale = problemOf(
                () -> council.updatePriority(id, new UpdatePriorityRequestPatch().title("From a stale read"), etag));
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getType()).hasToString("https://communitysafety.example/problems/precondition-failed");
        assertThat(stale.getInstance()).isEqualTo("/api/v1/priorities/" + id);

        Problem unread = problemOf(() -> council.updatePriority(id,
                new UpdatePriorityRequestPatch().title("Without reading first"), null));
        assertThat(unread.getStatus()).isEqualTo(428);
        assertThat(unread.getDetail()).contains("If-Match");

        assertThat(council.getPriority(id).getTitle()).isEqualTo(renamed);
    }

    @Test
    void pagesItsPartnershipsPrioritiesToTheirEndWithPlainPageAndSizeParameters() throws ApiException {
        council.adoptPriority(localPriority(Registry.unique("Shoplifting")), null);
        council.adoptPriority(localPriority(Registry.unique("Rural crime")), null);
        council.adoptPriority(localPriority(Registry.unique("Cycle theft")), null);

        List<String> seen = new ArrayList<>();
        PageResponsePriorityResponse page = council.listPriority(CSP, null, null, 0, 2, List.of("title"));
        long total = page.getTotalItems();
        int pages = page.getTotalPages();
        for (int number = 0; number < pages; number++) {
            page = council.listPriority(CSP, null, null, number, 2, List.of("title"));
            assertThat(page.getPage()).isEqualTo(number);
            page.getItems().forEach(priority -> seen.add(priority.getId()));
        }
        PageResponsePriorityResponse pastTheEnd = council.listPriority(CSP, null, null, pages, 2, List.of("title"));

        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(pages).isEqualTo((int) ((total + 1) / 2));
        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(pastTheEnd.getItems()).isEmpty();
        assertThat(pastTheEnd.getTotalItems()).isEqualTo(total);
    }

    @Test
    void readsARefusalToAnAgencyThatManagesNoGroupAsATypedProblem() {
        PriorityApi police = new PriorityApi(clientAs("northamptonshire-police"));

        Problem refused = problemOf(() -> police.adoptPriority(localPriority("Not theirs to adopt"), null));

        assertThat(refused.getStatus()).isEqualTo(403);
    }

    private static AdoptPriorityRequest localPriority(String title) {
        return new AdoptPriorityRequest().title(title)
            .theme("violence")
            .scope(AdoptPriorityRequest.ScopeEnum.LOCAL)
            .partnership(CSP)
            .leadGroup(CSP)
            .sources(List.of(AdoptPriorityRequest.SourcesEnum.STRATEGIC_ASSESSMENT))
            .parent("countywide-violence-2015-16")
            .since("2015-16");
    }

    private ApiClient clientAs(String client) {
        ApiClient api = new ApiClient();
        api.updateBaseUri(GeneratedClients.gateway(platform));
        return api.setRequestInterceptor(GeneratedClients.bearerTokenOf(platform, client));
    }

    private static Optional<String> header(ApiResponse<?> response, String name) {
        return GeneratedClients.header(response.getHeaders(), name);
    }

    private static Problem problemOf(GeneratedClients.Call call) {
        return GeneratedClients.problemOf(call, ApiException.class,
                refused -> new GeneratedClients.Answer(refused.getResponseHeaders(), refused.getResponseBody()),
                Problem.class);
    }

}
