package org.communitysafety.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import org.communitysafety.localinfrastructure.FreePorts;
import org.communitysafety.platform.TokenContract;

/**
 * A real token issuer for tests: it signs JWTs with its own RSA key and publishes the
 * public key as a JWK set over HTTP, exactly as the platform's authorisation server does,
 * so services check tokens in tests the same way they do in production.
 */
public final class TestTokens {

    private static TestTokens shared;

    private final RSAKey key;

    private final RSAKey strangerKey;

    private final String jwkSetUri;

    private final String issuer;

    private TestTokens(RSAKey key, RSAKey strangerKey, String jwkSetUri, String issuer) {
        this.key = key;
        this.strangerKey = strangerKey;
        this.jwkSetUri = jwkSetUri;
        this.issuer = issuer;
    }

    public static synchronized TestTokens shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static TestTokens start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("test-issuer").generate();
            RSAKey stranger = new RSAKeyGenerator(2048).keyID("test-issuer").generate();
            int port = FreePorts.next();
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
            byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            server.createContext("/oauth2/jwks", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, jwks.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(jwks);
                }
            });
            server.setExecutor(null);
            server.start();
            String base = "http://127.0.0.1:" + port;
            return new TestTokens(key, stranger, base + "/oauth2/jwks", base);
        }
        catch (JOSEException | IOException ex) {
            throw new IllegalStateException("Cannot start the test token issuer", ex);
        }
    }

    public String jwkSetUri() {
        return jwkSetUri;
    }

    public String issuer() {
        return issuer;
    }

    /**
     * A valid token for a client of the organisation, with the given roles (AGENCY,
     * ADMINISTRATOR, ...).
     */
    public String forOrganisation(String organisation, String... roles) {
        return sign(key, claims(organisation, Instant.now().plus(Duration.ofMinutes(10)), roles));
    }

    public String expiredFor(String organisation, String... roles) {
        return sign(key, claims(organisation, Instant.now().minus(Duration.ofMinutes(5)), roles));
    }

    /** Looks right but is signed by a key the platform does not trust. */
    public String signedByAStranger(String organisation, String... roles) {
        return sign(strangerKey, claims(organisation, Instant.now().plus(Duration.ofMinutes(10)), roles));
    }

    private JWTClaimsSet claims(String organisation, Instant expiry, String... roles) {
        return new JWTClaimsSet.Builder().issuer(issuer)
            .subject(organisation)
            .claim(TokenContract.CLIENT_ID_CLAIM, organisation)
            .claim(TokenContract.ORGANISATION_CLAIM, organisation)
            .claim(TokenContract.ROLES_CLAIM, List.of(roles))
            .jwtID(UUID.randomUUID().toString())
            .issueTime(Date.from(expiry.minus(Duration.ofMinutes(15))))
            .expirationTime(Date.from(expiry))
            .build();
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        }
        catch (JOSEException ex) {
            throw new IllegalStateException("Cannot sign a test token", ex);
        }
    }

}
