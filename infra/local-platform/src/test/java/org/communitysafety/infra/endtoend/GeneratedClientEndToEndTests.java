package org.communitysafety.infra.endtoend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.communitysafety.clients.partnership.ApiClient;
import org.communitysafety.clients.partnership.ApiException;
import org.communitysafety.clients.partnership.ApiResponse;
import org.communitysafety.clients.partnership.api.OrganisationApi;
import org.communitysafety.clients.partnership.api.PartnershipApi;
import org.communitysafety.clients.partnership.model.FormPartnershipRequest;
import org.communitysafety.clients.partnership.model.PageResponsePartnershipResponse;
import org.communitysafety.clients.partnership.model.PartnershipResponse;
import org.communitysafety.clients.partnership.model.Problem;
import org.communitysafety.clients.partnership.model.RegisterOrganisationRequest;
import org.communitysafety.clients.partnership.model.UpdatePartnershipRequestPatch;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agency's own system, as it would be written: a Java client generated at build time
 * by openapi-generator from partnership-service's published API document, calling the
 * platform through the gateway with a token from the development auth server. It creates
 * with an Idempotency-Key, reads with the ETag, updates with If-Match, reads a 412 and a
 * 428 as typed problems, and pages a list to its end.
 */
class GeneratedClientEndToEndTests {

    private final RunningPlatform platform = RunningPlatform.get();

    private final PartnershipApi administrator = new PartnershipApi(clientAs(Registry.ADMINISTRATOR));

    private final PartnershipApi groupManager = new PartnershipApi(clientAs(Registry.GROUP_MANAGER));

    @Test
    void createsAPartnershipOnceWithAnIdempotencyKeyAndReadsItBackWithItsETag() throws ApiException {
        String member = registerAnOrganisation();
        String code = Registry.unique("gen-csp");
        FormPartnershipRequest request = partnership(code, member);
        String idempotencyKey = UUID.randomUUID().toString();

        ApiResponse<PartnershipResponse> created = administrator.formPartnershipWithHttpInfo(request, idempotencyKey);
        ApiResponse<PartnershipResponse> repeated = administrator.formPartnershipWithHttpInfo(request, idempotencyKey);

        assertThat(created.getStatusCode()).isEqualTo(201);
        assertThat(header(created, "Location")).hasValue("/api/v1/partnerships/" + code);
        assertThat(created.getData().getCode()).isEqualTo(code);
        assertThat(created.getData().getMemberOrganisations()).containsExactly(member);
        assertThat(repeated.getStatusCode()).as("the first answer again, nothing created twice").isEqualTo(201);
        assertThat(repeated.getData()).isEqualTo(created.getData());

        ApiResponse<PartnershipResponse> read = administrator.getPartnershipWithHttpInfo(code);
        assertThat(read.getStatusCode()).isEqualTo(200);
        assertThat(read.getData()).isEqualTo(created.getData());
        assertThat(header(read, "ETag")).isPresent().isEqualTo(header(created, "ETag"));
    }

    @Test
    void updatesWithTheETagItReadAndReadsA412AndA428AsTypedProblems() throws ApiException {
        String code = formAPartnership();
        String etag = header(groupManager.getPartnershipWithHttpInfo(code), "ETag").orElseThrow();

        ApiResponse<PartnershipResponse> updated = groupManager.patchPartnershipWithHttpInfo(code,
                new UpdatePartnershipRequestPatch().description("Renamed by an agency's generated client"), etag);

        assertThat(updated.getStatusCode()).isEqualTo(200);
        assertThat(updated.getData().getDescription()).isEqualTo("Renamed by an agency's generated client");
        assertThat(updated.getData().getAreas()).as("a list the patch left out keeps its value")
            .containsExactly("E07000154");
        assertThat(header(updated, "ETag")).isPresent().isNotEqualTo(Optional.of(etag));

        Problem stale = problemOf(() -> groupManager.patchPartnership(code,
                new UpdatePartnershipRequestPatch().description("From a stale read"), etag));
        assertThat(stale.getStatus()).isEqualTo(412);
        assertThat(stale.getType()).hasToString("https://communitysafety.example/problems/precondition-failed");
        assertThat(stale.getInstance()).isEqualTo("/api/v1/partnerships/" + code);

        Problem unread = problemOf(() -> groupManager.patchPartnership(code,
                new UpdatePartnershipRequestPatch().description("Without reading first"), null));
        assertThat(unread.getStatus()).isEqualTo(428);
        assertThat(unread.getDetail()).contains("If-Match");

        assertThat(groupManager.getPartnership(code).getDescription())
            .isEqualTo("Renamed by an agency's generated client");
    }

    @Test
    void pagesAListToItsEndWithPlainPageAndSizeParameters() throws ApiException {
        String managedBy = Registry.COUNTY_COUNCIL;
        formAPartnership();
        formAPartnership();
        formAPartnership();

        List<String> seen = new ArrayList<>();
        PageResponsePartnershipResponse page = administrator.listPartnership(null, null, null, null, managedBy, 0, 2,
                List.of("code"));
        long total = page.getTotalItems();
        int pages = page.getTotalPages();
        for (int number = 0; number < pages; number++) {
            page = administrator.listPartnership(null, null, null, null, managedBy, number, 2, List.of("code"));
            assertThat(page.getPage()).isEqualTo(number);
            page.getItems().forEach(partnership -> seen.add(partnership.getCode()));
        }
        PageResponsePartnershipResponse pastTheEnd = administrator.listPartnership(null, null, null, null, managedBy,
                pages, 2, List.of("code"));

        assertThat(total).isGreaterThanOrEqualTo(3);
        assertThat(pages).isEqualTo((int) ((total + 1) / 2));
        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates().isSorted();
        assertThat(pastTheEnd.getItems()).isEmpty();
        assertThat(pastTheEnd.getTotalItems()).isEqualTo(total);
    }

    @Test
    void isRefusedWithATypedProblemWithoutAToken() {
        PartnershipApi anonymous = new PartnershipApi(atTheGateway());

        Problem refused = problemOf(() -> anonymous.listPartnership(null, null, null, null, null, 0, 1, null));

        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(refused.getType()).hasToString("https://communitysafety.example/problems/unauthenticated");
    }

    private String formAPartnership() throws ApiException {
        String code = Registry.unique("gen-csp");
        administrator.formPartnership(partnership(code, registerAnOrganisation()), null);
        return code;
    }

    private String registerAnOrganisation() throws ApiException {
        OrganisationApi organisations = new OrganisationApi(clientAs(Registry.ADMINISTRATOR));
        registerTheCountyCouncil(organisations);
        String code = Registry.unique("gen-org");
        organisations.registerOrganisation(new RegisterOrganisationRequest().code(code)
            .name("Generated Client Police " + code)
            .type(RegisterOrganisationRequest.TypeEnum.POLICE)
            .responsibleAuthority(true)
            .areas(List.of("E10000021")), null);
        return code;
    }

    /**
     * The suite loads no baseline; the council that runs the groups may be there already.
     */
    private static void registerTheCountyCouncil(OrganisationApi organisations) throws ApiException {
        try {
            organisations.registerOrganisation(new RegisterOrganisationRequest().code(Registry.COUNTY_COUNCIL)
                .name("Northamptonshire County Council")
                .type(RegisterOrganisationRequest.TypeEnum.COUNTY_COUNCIL)
                .responsibleAuthority(true)
                .areas(List.of("E10000021")), null);
        }
        catch (ApiException alreadyThere) {
            assertThat(alreadyThere.getCode()).as(alreadyThere.getResponseBody()).isEqualTo(409);
        }
    }

    private static FormPartnershipRequest partnership(String code, String member) {
        return new FormPartnershipRequest().code(code)
            .name("Partnership " + code)
            .kind(FormPartnershipRequest.KindEnum.DISTRICT_CSP)
            .areas(List.of("E07000154"))
            .memberOrganisations(List.of(member))
            .managedBy(Registry.COUNTY_COUNCIL);
    }

    private ApiClient clientAs(String client) {
        return atTheGateway().setRequestInterceptor(GeneratedClients.bearerTokenOf(platform, client));
    }

    private ApiClient atTheGateway() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(GeneratedClients.gateway(platform));
        return client;
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
