package org.communitysafety.servicedefaults.web;

import java.util.Map;
import java.util.UUID;

import org.communitysafety.testkit.ApiClient;
import org.communitysafety.testkit.TestTokens;
import org.communitysafety.testkit.WithPlatformInfrastructure;
import org.communitysafety.servicedefaults.sample.Ledger;
import org.communitysafety.servicedefaults.sample.SampleApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = SampleApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@WithPlatformInfrastructure
class IdempotencyKeyTests {

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    private ApiClient police;

    @BeforeEach
    void setUp() {
        police = ApiClient.at("http://127.0.0.1:" + port)
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-police", "AGENCY"));
    }

    @Test
    void answersARetriedCreateWithTheFirstAnswerAndCreatesOnce() {
        String key = UUID.randomUUID().toString();
        long before = mongo.count(new org.springframework.data.mongodb.core.query.Query(), Ledger.class);

        ApiClient.Response first = create(key, "{\"note\":\"retried\"}");
        ApiClient.Response again = create(key, "{\"note\":\"retried\"}");

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(mongo.count(new org.springframework.data.mongodb.core.query.Query(), Ledger.class))
            .isEqualTo(before + 1);
    }

    @Test
    void refusesTheSameKeyForADifferentRequest() {
        String key = UUID.randomUUID().toString();
        create(key, "{\"note\":\"first\"}");

        ApiClient.Response reused = create(key, "{\"note\":\"something else\"}");

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.isProblem()).isTrue();
    }

    @Test
    void keepsKeysApartPerCallerAndCreatesAgainWithoutAKey() {
        String key = UUID.randomUUID().toString();
        ApiClient fire = police
            .withToken(TestTokens.shared().forOrganisation("northamptonshire-fire-and-rescue", "AGENCY"));

        String mine = create(key, "{\"note\":\"n\"}").json().get("id").asString();
        String theirs = fire
            .send("POST", "/api/v1/ledgers", "application/json", "{\"note\":\"n\"}", IdempotencyKeyFilter.HEADER, key)
            .json()
            .get("id")
            .asString();
        String unkeyed = police.post("/api/v1/ledgers", Map.of("note", "n")).json().get("id").asString();

        assertThat(mine).isNotEqualTo(theirs).isNotEqualTo(unkeyed);
    }

    @Test
    void refusesAMalformedKey() {
        assertThat(create("x".repeat(201), "{}").status()).isEqualTo(400);
    }

    private ApiClient.Response create(String key, String body) {
        return police.send("POST", "/api/v1/ledgers", "application/json", body, IdempotencyKeyFilter.HEADER, key);
    }

}
