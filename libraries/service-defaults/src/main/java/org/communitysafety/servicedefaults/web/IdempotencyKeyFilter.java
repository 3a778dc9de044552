package org.communitysafety.servicedefaults.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Date;
import java.util.HexFormat;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.bson.Document;
import org.bson.types.Binary;
import org.communitysafety.platform.ProblemTypes;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Honours an {@code Idempotency-Key} on creates: a POST repeated with the same key by the
 * same caller (a client retrying after a timeout) gets the first answer again instead of
 * creating a second object. The same key with a different request is refused (422); a
 * repeat while the first is still running gets 409. Answers of 5xx are not kept, so the
 * client can retry them.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";

    static final String COLLECTION = "idempotency_keys";

    private final MongoTemplate mongo;

    public IdempotencyKeyFilter(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            problem(response, 400, "An Idempotency-Key is 1 to 200 visible ASCII characters");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String id = sha256(caller() + " " + request.getRequestURI() + " " + key);
        String requestHash = sha256(new String(body, StandardCharsets.UTF_8));
        MongoCollection<Document> keys = mongo.getCollection(COLLECTION);
        try {
            keys.insertOne(new Document("_id", id).append("state", "IN_PROGRESS")
                .append("requestHash", requestHash)
                .append("createdAt", new Date()));
        }
        catch (MongoWriteException ex) {
            if (ex.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw ex;
            }
            answerAgain(keys.find(Filters.eq("_id", id)).first(), requestHash, response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(new ReplayableRequest(request, body), recorded);
        }
        finally {
            remember(keys, id, recorded);
            recorded.copyBodyToResponse();
        }
    }

    private void remember(MongoCollection<Document> keys, String id, ContentCachingResponseWrapper recorded) {
        if (recorded.getStatus() >= 500) {
            keys.deleteOne(Filters.eq("_id", id));
            return;
        }
        keys.updateOne(Filters.eq("_id", id),
                new Document("$set",
                        new Document("state", "COMPLETE").append("status", recorded.getStatus())
                            .append("contentType", recorded.getContentType())
                            .append("location", recorded.getHeader(HttpHeaders.LOCATION))
                            .append("etag", recorded.getHeader(HttpHeaders.ETAG))
                            .append("body", new Binary(recorded.getContentAsByteArray()))));
    }

    private void answerAgain(Document first, String requestHash, HttpServletResponse response) throws IOException {
        if (first == null || !requestHash.equals(first.getString("requestHash"))) {
            problem(response, 422, "This Idempotency-Key was used for a different request; use a new key");
            return;
        }
        if (!"COMPLETE".equals(first.getString("state"))) {
            problem(response, 409, "The first request with this Idempotency-Key is still being processed");
            return;
        }
        response.setStatus(first.getInteger("status"));
        response.setHeader("Idempotent-Replayed", "true");
        if (first.getString("contentType") != null) {
            response.setContentType(first.getString("contentType"));
        }
        if (first.getString("location") != null) {
            response.setHeader(HttpHeaders.LOCATION, first.getString("location"));
        }
        if (first.getString("etag") != null) {
            response.setHeader(HttpHeaders.ETAG, first.getString("etag"));
        }
        response.getOutputStream().write(first.get("body", Binary.class).getData());
    }

    private static String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private static void problem(HttpServletResponse response, int status, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String title = status == 400 ? "Invalid Idempotency-Key" : "Idempotency-Key conflict";
        response.getOutputStream()
            .write(("{\"type\":\"" + ProblemTypes.BASE + "idempotency-key\"," + "\"title\":\"" + title
                    + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** The request with its body read once and offered again to the controller. */
    private static final class ReplayableRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        ReplayableRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {

                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("synchronous reads only");
                }
            };
        }

    }

}
