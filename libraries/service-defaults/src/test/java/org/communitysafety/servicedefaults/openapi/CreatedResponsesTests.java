package org.communitysafety.servicedefaults.openapi;

import java.lang.reflect.Method;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.method.HandlerMethod;

import static org.assertj.core.api.Assertions.assertThat;

class CreatedResponsesTests {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "createsDirectly", "createsInALambda", "createsThroughAPrivateHelper",
            "createsThroughAnInstanceHelper", "createsThroughAChainOfHelpers", "createsThroughAPlatformHelper",
            "createsWithTheStatusCode", "createsWithTheStatusEnum" })
    void readsA201InTheHandlersCodeAndInTheCodeItCallsToBuildItsAnswer(String handler) {
        assertThat(CreatedResponses.answersCreated(handler(handler))).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "answersOkThroughAHelper", "answersAnotherStatusCode", "callsAUseCaseThatCreates" })
    void findsNo201WhereNoCodeTheHandlerRunsAnswersOne(String handler) {
        assertThat(CreatedResponses.answersCreated(handler(handler))).isFalse();
    }

    @Test
    void documentsTheSuccessOfAHandlerThatCreatesThroughAHelperAs201() {
        Operation operation = new Operation().responses(new io.swagger.v3.oas.models.responses.ApiResponses()
            .addApiResponse("200", new ApiResponse().description("OK")));

        CreatedResponses.documentAs201WhenItCreates(operation,
                new HandlerMethod(new Handlers(), handler("createsThroughAPrivateHelper")));

        assertThat(operation.getResponses()).containsOnlyKeys("201");
        assertThat(operation.getResponses().get("201").getDescription()).isEqualTo("Created");
    }

    private static Method handler(String name) {
        for (Method method : Handlers.class.getDeclaredMethods()) {
            if (method.getName().equals(name)) {
                return method;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** Handlers as controllers write them; only their code is read, never run. */
    @SuppressWarnings("unused")
    static class Handlers {

        private final UseCase useCase = new UseCase();

        ResponseEntity<String> createsDirectly() {
            return ResponseEntity.created(URI.create("/things/1")).body("thing");
        }

        ResponseEntity<String> createsInALambda() {
            return Optional.of("thing")
                .map(thing -> ResponseEntity.created(URI.create("/things/1")).body(thing))
                .orElseThrow();
        }

        ResponseEntity<String> createsThroughAPrivateHelper() {
            return created("thing");
        }

        ResponseEntity<String> createsThroughAnInstanceHelper() {
            return createdWithETag("thing");
        }

        ResponseEntity<String> createsThroughAChainOfHelpers() {
            return answer("thing");
        }

        ResponseEntity<String> createsThroughAPlatformHelper() {
            return Answers.created("/things/1", "thing");
        }

        ResponseEntity<String> createsWithTheStatusCode() {
            return ResponseEntity.status(201).body("thing");
        }

        ResponseEntity<String> createsWithTheStatusEnum() {
            return ResponseEntity.status(HttpStatus.CREATED).body("thing");
        }

        ResponseEntity<String> answersOkThroughAHelper() {
            return withETag("thing");
        }

        ResponseEntity<String> answersAnotherStatusCode() {
            return ResponseEntity.status(202).body(Map.of("size", 201).toString());
        }

        ResponseEntity<String> callsAUseCaseThatCreates() {
            return ResponseEntity.ok(useCase.create().getBody());
        }

        private static ResponseEntity<String> created(String thing) {
            return ResponseEntity.created(URI.create("/things/1")).eTag("\"0\"").body(thing);
        }

        private ResponseEntity<String> createdWithETag(String thing) {
            return ResponseEntity.created(URI.create("/things/" + useCase.hashCode())).eTag("\"0\"").body(thing);
        }

        private static ResponseEntity<String> answer(String thing) {
            return created(thing);
        }

        private static ResponseEntity<String> withETag(String thing) {
            return ResponseEntity.ok().eTag("\"0\"").body(thing);
        }

    }

    /** A helper of the platform's that other classes call. */
    static final class Answers {

        private Answers() {
        }

        static ResponseEntity<String> created(String location, String body) {
            return ResponseEntity.created(URI.create(location)).body(body);
        }

    }

    /** Not followed: a call on another object decides what is stored, not the status. */
    static final class UseCase {

        ResponseEntity<String> create() {
            return ResponseEntity.created(URI.create("/elsewhere")).build();
        }

    }

}
