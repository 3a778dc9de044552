package org.communitysafety.authserver.signingkey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ssl.pem.PemContent;
import org.springframework.util.StringUtils;

/**
 * Finds the RSA key that signs every token: the configured PEM file if there is one,
 * otherwise the key kept in the data directory, generated there on first start. A key
 * that changed at every restart would invalidate every issued token and every resource
 * server's cached key set. The {@code kid} is the key's RFC 7638 thumbprint: the same for
 * as long as the key is, and different as soon as it is replaced, so resource servers
 * fetch the new key set rather than fail signatures under an old {@code kid}.
 */
public final class SigningKeys {

    static final String KEPT_KEY_FILE = "signing-key.pem";

    private static final Log log = LogFactory.getLog(SigningKeys.class);

    private SigningKeys() {
    }

    public static RSAKey resolve(SigningKeyProperties properties) {
        if (StringUtils.hasText(properties.location())) {
            return announce(read(Path.of(properties.location())), "configured file " + properties.location());
        }
        Path kept = properties.dataDir().resolve(KEPT_KEY_FILE);
        if (Files.exists(kept)) {
            return announce(read(kept), "kept file " + kept);
        }
        generateInto(kept);
        return announce(read(kept), "newly generated file " + kept);
    }

    static RSAKey read(Path pem) {
        PrivateKey privateKey;
        try {
            privateKey = PemContent.load(pem).getPrivateKey();
        }
        catch (IOException | IllegalStateException ex) {
            throw new IllegalStateException("Cannot read a signing key from " + pem, ex);
        }
        if (!(privateKey instanceof RSAPrivateCrtKey rsa)) {
            throw new IllegalStateException(pem + " holds no RSA private key to sign tokens with");
        }
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(rsa.getModulus(), rsa.getPublicExponent()));
            return new RSAKey.Builder(publicKey).privateKey(rsa).keyUse(KeyUse.SIGNATURE).keyIDFromThumbprint().build();
        }
        catch (GeneralSecurityException | JOSEException ex) {
            throw new IllegalStateException("Cannot use the RSA key in " + pem, ex);
        }
    }

    private static void generateInto(Path kept) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            String pem = "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, new byte[] { '\n' })
                        .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n";
            Files.createDirectories(kept.getParent());
            // Written beside the target and moved into place, so a start interrupted
            // mid-write never leaves a half-written key that the next start would refuse;
            // a temporary file is readable by its owner only.
            Path partial = Files.createTempFile(kept.getParent(), KEPT_KEY_FILE, ".partial");
            Files.writeString(partial, pem, StandardCharsets.US_ASCII);
            Files.move(partial, kept, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot keep a signing key at " + kept, ex);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Cannot generate an RSA signing key", ex);
        }
    }

    private static RSAKey announce(RSAKey key, String source) {
        log.info("Signing tokens with key " + key.getKeyID() + " from the " + source);
        return key;
    }

}
