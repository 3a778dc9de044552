package org.communitysafety.authserver.signingkey;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the token-signing key comes from.
 *
 * @param location a PEM file holding an RSA private key (PKCS#8 or PKCS#1) to sign with;
 * when empty, a key is generated once and kept in {@code dataDir}
 * @param dataDir where a generated key is kept, so tokens and resource servers' cached
 * keys survive a restart
 */
@ConfigurationProperties("platform.signing-key")
public record SigningKeyProperties(String location, Path dataDir) {

    public SigningKeyProperties {
        if (dataDir == null) {
            throw new IllegalArgumentException("platform.signing-key.data-dir must name a directory");
        }
    }
}
