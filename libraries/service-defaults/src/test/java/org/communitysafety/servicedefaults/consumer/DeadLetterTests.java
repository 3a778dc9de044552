package org.communitysafety.servicedefaults.consumer;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.TestTokens;
import org.communitysafety.testkit.WithPlatformInfrastructure;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.servicedefaults.sample.Ledger;
import org.communitysafety.servicedefaults.sample.LedgerListener;
import org.communitysafety.servicedefaults.sample.SampleApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithPlatformInfrastructure
class DeadLetterTests {

    private static final String PATH = "/api/v1/operations/dead-letters";

    @LocalServerPort
    int port;

    @Autowired
    AggregateStore store;

    @Autowired
    LedgerListener listener;

    @Test
    void deadLettersAFailingEventWithItsReasonWithoutBlockingLaterOnesAndReplaysItOnceCured() {
        String poison = "poison " + UUID.randomUUID();
        String wholesome = "wholesome " + UUID.randomUUID();
        addEntry(poison);
        addEntry(wholesome);
        await().atMost(Duration.ofSeconds(30)).until(() -> listener.handledNotes().contains(wholesome));
        ApiClient administrator = ApiClient.at("http://127.0.0.1:" + port)
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-county-council", "ADMINISTRATOR"));

        JsonNode waiting = await().atMost(Duration.ofSeconds(30))
            .until(() -> administrator.get(PATH).json(), letters -> letters.valueStream()
                .anyMatch(letter -> letter.get("value").asString().contains(poison)));
        JsonNode letter = waiting.valueStream()
            .filter(each -> each.get("value").asString().contains(poison))
            .findFirst()
            .orElseThrow();
        assertThat(letter.get("topic").asString()).isEqualTo("sample.events.sample.dlt");
        assertThat(letter.get("reason").asString()).contains("cannot digest");
        assertThat(listener.handledNotes()).doesNotContain(poison);

        listener.curePoison();
        assertThat(administrator.post(PATH + "/replay", "").json().get("replayed").asInt()).isPositive();

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.handledNotes().contains(poison));
        assertThat(administrator.post(PATH + "/replay", "").json().get("replayed").asInt()).isZero();
        assertThat(listener.handledNotes().stream().filter(poison::equals)).hasSize(1);
    }

    @Test
    void letsOnlyAdministratorsSeeOrReplayDeadLetters() {
        ApiClient agency = ApiClient.at("http://127.0.0.1:" + port)
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-police", "AGENCY"));

        assertThat(agency.get(PATH).status()).isEqualTo(403);
        assertThat(agency.post(PATH + "/replay", "").status()).isEqualTo(403);
        assertThat(ApiClient.at("http://127.0.0.1:" + port).get(PATH).status()).isEqualTo(401);
    }

    private void addEntry(String note) {
        Ledger ledger = new Ledger(UUID.randomUUID().toString());
        store.insert(ledger, List.of(ledger.add(note)));
    }

}
