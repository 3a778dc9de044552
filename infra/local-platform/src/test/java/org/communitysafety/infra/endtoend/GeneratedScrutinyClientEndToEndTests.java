package org.communitysafety.infra.endtoend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.communitysafety.clients.scrutiny.ApiClient;
import org.communitysafety.clients.scrutiny.ApiException;
import org.communitysafety.clients.scrutiny.ApiResponse;
import org.communitysafety.clients.scrutiny.api.BodyApi;
import org.communitysafety.clients.scrutiny.model.BodyResponse;
import org.communitysafety.clients.scrutiny.model.EstablishBodyRequest;
import org.communitysafety.clients.scrutiny.model.PageResponseBodyResponse;
import org.communitysafety.clients.scrutiny.model.Problem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The county's own system with a Java client generated at build time from
 * scrutiny-service's published API document, through the gateway with a token from the
 * development auth server: it establishes a committee once with an Idempotency-Key, reads
 * it back with its ETag, reads refusals as typed problems, and pages the committees to
 * their end.
 */
class GeneratedScrutinyClientEndToEndTests {

    private final RunningPlatform platform = RunningPlatform.get();

    private final BodyApi administrator = new BodyApi(clientAs(Registry.ADMINISTRATOR));

    @Test
    void establishesACommitteeOnceWithAnIdempotencyKeyAndReadsItBackWithItsETag() throws ApiException {
        EstablishBodyRequest request = committee(Registry.unique("gen-committee"));
        String idempotencyKey = UUID.randomUUID().toString();

        ApiResponse<BodyResponse> established = administrator.establishBodyWithHttpInfo(request, idempotencyKey);
        ApiResponse<BodyResponse> repeated = administrator.establishBodyWithHttpInfo(request, idempotencyKey);

        assertThat(established.getStatusCode()).isEqualTo(201);
        assertThat(header(established, "Location")).hasValue("/api/v1/committees/" + request.getCode());
        assertThat(established.getData().getId()).isEqualTo(request.getCode());
        assertThat(established.getData().getKind()).isEqualTo(BodyResponse.KindEnum.CRIME_AND_DISORDER_COMMITTEE);
        assertThat(repeated.getStatusCode()).as("the first answer again, nothing established twice").isEqualTo(201);
        assertThat(repeated.getData()).isEqualTo(established.getData());

        ApiResponse<BodyResponse> read = administrator.getBodyWithHttpInfo(request.getCode());
        assertThat(read.getStatusCode()).isEqualTo(200);
        assertThat(read.getData()).isEqualTo(established.getData());
        assertThat(header(read, "ETag")).isPresent().isEqualTo(header(established, "ETag"));
    }

    @Test
    void readsRefusalsAsTypedProblems() throws ApiException {
        EstablishBodyRequest request = committee(Registry.unique("gen-committee"));
        administrator.establishBody(request, null);

        Problem duplicate = problemOf(() -> administrator.establishBody(request, UUID.randomUUID().toString()));
        BodyApi police = new BodyApi(clientAs("northamptonshire-police"));
        Problem forbidden = problemOf(() -> police.establishBody(committee(Registry.unique("gen-committee")), null));
        BodyApi anonymous = new BodyApi(atTheGateway());
        Problem unauthenticated = problemOf(() -> anonymous.getBody(request.getCode()));

        assertThat(duplicate.getStatus()).isEqualTo(409);
        assertThat(forbidden.getStatus()).isEqualTo(403);
        assertThat(unauthenticated.getStatus()).isEqualTo(401);
        assertThat(unauthenticated.getType()).hasToString("https://communitysafety.example/problems/unauthenticated");
    }

    @Test
    void pagesTheCommitteesToTheirEndWithPlainPageAndSizeParameters() throws ApiException {
        administrator.establishBody(committee(Registry.unique("gen-committee")), null);
        administrator.establishBody(committee(Registry.unique("gen-committee")), null);
        administrator.establishBody(committee(Registry.unique("gen-committee")), null);

        List<String> seen = new ArrayList<>();
        PageResponseBodyResponse page = administrator.listBody(0, 2, List.of("name"));
        long total = page.getTotalItems();
        int pages = page.getTotalPages();
        for (int number = 0; number < pages; number++) {
            page = administrator.listBody(number, 2, List.of("name"));
            assertThat(page.getPage()).isEqualTo(number);
            page.getItems().forEach(body -> seen.add(body.getName()));
        }
        PageResponseBodyResponse pastTheEnd = administrator.listBody(pages, 2, List.of("name"));

        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(pages).isEqualTo((int) ((total + 1) / 2));
        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates().isSorted();
        assertThat(pastTheEnd.getItems()).isEmpty();
        assertThat(pastTheEnd.getTotalItems()).isEqualTo(total);
    }

    private static EstablishBodyRequest committee(String code) {
        return new EstablishBodyRequest().code(code)
            .name("Crime and disorder committee " + code)
            .kind(EstablishBodyRequest.KindEnum.CRIME_AND_DISORDER_COMMITTEE)
            .hostOrganisation("kettering-borough-council");
    }

    private ApiClient clientAs(String client) {
        return atTheGateway().setRequestInterceptor(GeneratedClients.bearerTokenOf(platform, client));
    }

    private ApiClient atTheGateway() {
        ApiClient api = new ApiClient();
        api.updateBaseUri(GeneratedClients.gateway(platform));
        return api;
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
