package org.communitysafety.scrutiny.recommendation;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communitysafety.scrutiny.Fixtures;
import org.communitysafety.scrutiny.Fixtures.Body;
import org.communitysafety.scrutiny.MovableClock;
import org.communitysafety.scrutiny.ScrutinyServiceTest;
import org.communitysafety.servicedefaults.history.ChangeHistory;
import org.communitysafety.servicedefaults.outbox.AggregateStore;
import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.EventContracts;
import org.communitysafety.testkit.PlatformInfrastructure;
import org.communitysafety.testkit.PublishedEvents;
import org.communitysafety.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A response not recorded by its due day raises {@code response-overdue} once, even with
 * two instances looking at the same moment against one database.
 */
@ScrutinyServiceTest
class OverdueResponseTests {

    @Autowired
    Fixtures fixtures;

    @Autowired
    MovableClock clock;

    @Autowired
    RecommendationRepository repository;

    @Autowired
    AggregateStore store;

    @Autowired
    ChangeHistory history;

    @Test
    void raisesTheOverdueEventOnceWhenTwoInstancesLookAtTheSameMoment() throws Exception {
        Body body = fixtures.committee();
        String police = fixtures.knownOrganisation();
        String unanswered = made(body, police).json().get("id").asString();
        ApiClient.Response answeredMade = made(body, police);
        String answered = answeredMade.json().get("id").asString();
        assertThat(fixtures.as(police, "AGENCY")
            .send("POST", "/api/v1/recommendations/" + answered + "/response", "application/json",
                    "{\"outcome\":\"ACCEPTED\"}", "If-Match", answeredMade.header("ETag").orElseThrow())
            .status()).isEqualTo(200);
        OverdueResponses first = new OverdueResponses(repository, store, clock);
        OverdueResponses second = new OverdueResponses(repository, store, clock);
        first.raiseOverdue();
        assertThat(overdueEventsInHistory(unanswered)).as("not overdue before its due day has passed").isEmpty();

        clock.advance(Duration.ofDays(29));
        CountDownLatch start = new CountDownLatch(1);
        var one = CompletableFuture.supplyAsync(() -> raiseAfter(start, first));
        var other = CompletableFuture.supplyAsync(() -> raiseAfter(start, second));
        start.countDown();
        one.get();
        other.get();
        first.raiseOverdue();

        assertThat(overdueEventsInHistory(unanswered)).hasSize(1);
        assertThat(overdueEventsInHistory(answered)).isEmpty();
        assertThat(fixtures.officerOf(body.host())
            .get("/api/v1/recommendations/" + unanswered)
            .json()
            .get("overdue")
            .asBoolean()).isTrue();
        PublishedEvents.SCRUTINY.about("recommendations/" + unanswered, "response-overdue.v1");
        assertThat(publishedOverdue(unanswered)).hasSize(1);
    }

    private ApiClient.Response made(Body body, String addressee) {
        ApiClient.Response made = fixtures.officerOf(body.host())
            .post("/api/v1/committees/" + body.code() + "/recommendations",
                    RecommendationTests.recommendation("ORGANISATION", addressee));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return made;
    }

    private List<String> overdueEventsInHistory(String id) {
        return history.of("recommendations", id)
            .stream()
            .map(change -> change.type())
            .filter(type -> type.endsWith("response-overdue.v1"))
            .toList();
    }

    /** Every response-overdue published about it, read a little past the first. */
    private static List<ConsumerRecord<String, String>> publishedOverdue(String id) {
        try (TopicReader reader = new TopicReader(PlatformInfrastructure.shared().kafkaBootstrapServers(),
                PublishedEvents.SCRUTINY.topic())) {
            return reader.readFor(Duration.ofSeconds(2))
                .stream()
                .filter(record -> ("recommendations/" + id)
                    .equals(EventContracts.json(record.value()).get("subject").asString()))
                .filter(record -> PublishedEvents.SCRUTINY.contractOf(EventContracts.json(record.value()))
                    .equals("response-overdue.v1"))
                .toList();
        }
    }

    private static int raiseAfter(CountDownLatch start, OverdueResponses sweeper) {
        try {
            start.await();
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
        return sweeper.raiseOverdue();
    }

}
