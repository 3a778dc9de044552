package org.communitysafety.infra.endtoend;

import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.communitysafety.infra.PlatformService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What the end-to-end tests of the generated clients share. Each service's client is
 * generated into a package of its own, with its own {@code ApiClient},
 * {@code ApiException} and {@code Problem} classes, so what is shared here works on what
 * those have in common: a base address, a request interceptor, an error's headers and
 * body.
 */
final class GeneratedClients {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private GeneratedClients() {
    }

    /**
     * Where a generated client is pointed: the gateway, instead of the document's public
     * server.
     */
    static String gateway(RunningPlatform platform) {
        return platform.services().baseUrl(PlatformService.GATEWAY);
    }

    /**
     * A request interceptor that sends a token the development auth server issued to the
     * client, as an agency's system would.
     */
    static Consumer<HttpRequest.Builder> bearerTokenOf(RunningPlatform platform, String client) {
        String token = platform.tokenFor(client);
        return request -> request.header("Authorization", "Bearer " + token);
    }

    static Optional<String> header(Map<String, List<String>> headers, String name) {
        return headers.entrySet()
            .stream()
            .filter(header -> header.getKey().equalsIgnoreCase(name))
            .flatMap(header -> header.getValue().stream())
            .findFirst();
    }

    /**
     * An error answer read as the document's Problem, as a generated client's user would:
     * the call must fail with the client's own exception, as
     * {@code application/problem+json}.
     * @param exceptionType the client's {@code ApiException}
     * @param answer what the exception carries: the answer's headers and body
     * @param problemType the client's {@code Problem}
     */
    static <E extends Exception, P> P problemOf(Call call, Class<E> exceptionType, Function<E, Answer> answer,
            Class<P> problemType) {
        E refused = catchThrowableOfType(exceptionType, call::run);
        assertThat(refused).as("the call was refused").isNotNull();
        Answer refusal = answer.apply(refused);
        assertThat(header(refusal.headers().map(), "Content-Type"))
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        try {
            return JSON.readValue(refusal.body(), problemType);
        }
        catch (Exception ex) {
            throw new AssertionError("not a problem: " + refusal.body(), ex);
        }
    }

    /** The headers and body of an answer a generated client refused. */
    record Answer(HttpHeaders headers, String body) {
    }

    /** A call of a generated client, which throws its own checked exception. */
    @FunctionalInterface
    interface Call {

        void run() throws Exception;

    }

}
