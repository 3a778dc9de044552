package org.communitysafety.gateway.protection;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Security headers on every response the gateway gives, its own errors and the services'
 * answers alike. They are set just before the response is committed, so that they replace
 * whatever a service sent: the gateway is the one place that decides them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SecurityHeadersFilter implements WebFilter {

    // The API returns data, never pages: nothing in a response may load, run or be
    // framed.
    static final String API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; sandbox";

    // The API document browser is a page: it may load its own scripts, styles and images,
    // and nothing else.
    static final String DOCUMENTATION_CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; "
            + "style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'";

    // A member's preference page (from a signed link in an email) is a page with inline
    // styles and forms that post back to it; it loads nothing and may not be framed.
    static final String MEMBER_PAGE_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; "
            + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    private final HttpProtectionProperties.Hsts hsts;

    SecurityHeadersFilter(HttpProtectionProperties properties) {
        this.hsts = properties.hsts();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        exchange.getResponse().beforeCommit(() -> {
            HttpHeaders headers = exchange.getResponse().getHeaders();
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Content-Security-Policy", contentSecurityPolicy(path));
            if (hsts.enabled()) {
                headers.set("Strict-Transport-Security", hsts.headerValue());
            }
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    private static String contentSecurityPolicy(String path) {
        if (isDocumentationPage(path)) {
            return DOCUMENTATION_CONTENT_SECURITY_POLICY;
        }
        return path.startsWith("/api/v1/open/preferences/") ? MEMBER_PAGE_CONTENT_SECURITY_POLICY
                : API_CONTENT_SECURITY_POLICY;
    }

    private static boolean isDocumentationPage(String path) {
        // springdoc serves the browser's page and files under /swagger-ui
        // (/swagger-ui.html redirects there).
        return path.startsWith("/swagger-ui");
    }

}
