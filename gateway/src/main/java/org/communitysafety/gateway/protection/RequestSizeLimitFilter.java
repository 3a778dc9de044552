package org.communitysafety.gateway.protection;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import org.communitysafety.gateway.problem.Problems;

/**
 * Refuses request bodies over {@code platform.http.max-request-size} with 413. A declared
 * Content-Length is refused before anything is read; a body sent without one (chunked) is
 * counted as it streams and cut off at the limit, so no body larger than the limit is
 * ever passed on or held in memory.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class RequestSizeLimitFilter implements WebFilter {

    private final long maxBytes;

    private final Problems problems;

    RequestSizeLimitFilter(HttpProtectionProperties properties, Problems problems) {
        this.maxBytes = properties.maxRequestSize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, tooLarge());
        }
        return chain.filter(exchange.mutate().request(new CountedBody(exchange.getRequest())).build());
    }

    private String tooLarge() {
        return "The request body is larger than the limit of " + maxBytes + " bytes";
    }

    private final class CountedBody extends ServerHttpRequestDecorator {

        CountedBody(ServerHttpRequest delegate) {
            super(delegate);
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
                    DataBufferUtils.release(buffer);
                    sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE, tooLarge()));
                    return;
                }
                sink.next(buffer);
            });
        }

    }

}
