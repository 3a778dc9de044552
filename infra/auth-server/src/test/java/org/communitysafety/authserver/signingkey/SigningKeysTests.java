package org.communitysafety.authserver.signingkey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPairGenerator;
import java.util.Base64;

import com.nimbusds.jose.jwk.RSAKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SigningKeysTests {

    @TempDir
    Path dataDir;

    @Test
    void generatesAKeyOnceAndReusesItWithTheSameKeyId() {
        RSAKey first = SigningKeys.resolve(new SigningKeyProperties(null, dataDir));
        RSAKey second = SigningKeys.resolve(new SigningKeyProperties("", dataDir));

        assertThat(second).isEqualTo(first);
        assertThat(second.getKeyID()).isEqualTo(first.getKeyID()).isNotBlank();
        assertThat(dataDir.resolve(SigningKeys.KEPT_KEY_FILE)).exists();
    }

    @Test
    void keepsTheGeneratedKeyReadableByItsOwnerOnly() throws Exception {
        assumeTrue(Files.getFileStore(dataDir).supportsFileAttributeView("posix"));

        SigningKeys.resolve(new SigningKeyProperties(null, dataDir));

        assertThat(Files.getPosixFilePermissions(dataDir.resolve(SigningKeys.KEPT_KEY_FILE)))
            .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void signsWithAConfiguredKeyAndGeneratesNone(@TempDir Path elsewhere) throws Exception {
        Path configured = elsewhere.resolve("county-signing-key.pem");
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] pkcs8 = generator.generateKeyPair().getPrivate().getEncoded();
        Files.writeString(configured, "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs8)
                + "\n-----END PRIVATE KEY-----\n");

        RSAKey key = SigningKeys.resolve(new SigningKeyProperties(configured.toString(), dataDir));

        assertThat(key).isEqualTo(SigningKeys.read(configured));
        assertThat(key.isPrivate()).isTrue();
        assertThat(dataDir.resolve(SigningKeys.KEPT_KEY_FILE)).doesNotExist();
    }

    @Test
    void refusesToStartWhenTheConfiguredKeyCannotBeRead() {
        Path missing = dataDir.resolve("no-such-key.pem");

        assertThatIllegalStateException()
            .isThrownBy(() -> SigningKeys.resolve(new SigningKeyProperties(missing.toString(), dataDir)))
            .withMessageContaining(missing.toString());
        assertThat(dataDir.resolve(SigningKeys.KEPT_KEY_FILE)).doesNotExist();
    }

    @Test
    void refusesAFileThatHoldsNoPrivateKey() throws Exception {
        Path notAKey = dataDir.resolve("not-a-key.pem");
        Files.writeString(notAKey, "just some text\n");

        assertThatIllegalStateException()
            .isThrownBy(() -> SigningKeys.resolve(new SigningKeyProperties(notAKey.toString(), dataDir)))
            .withMessageContaining(notAKey.toString());
    }

}
