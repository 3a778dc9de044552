package org.communitysafety.servicedefaults.personaldata;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Authenticated encryption of personal data with the JDK's AES-GCM: a fresh random nonce
 * per seal, the key id bound in as associated data so that a ciphertext cannot be passed
 * off as another person's.
 */
public final class PersonalDataCipher {

    public static final String ALGORITHM = "A256GCM";

    private static final int NONCE_BYTES = 12;

    private static final int TAG_BITS = 128;

    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalDataCipher() {
    }

    public static byte[] newKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, RANDOM);
            return generator.generateKey().getEncoded();
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("This JVM cannot make AES-256 keys", ex);
        }
    }

    public static SealedPersonalData seal(String keyId, byte[] key, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keyId, key, nonce);
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] wire = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return new SealedPersonalData(keyId, ALGORITHM, Base64.getEncoder().encodeToString(wire));
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalStateException("Personal data could not be sealed", ex);
        }
    }

    /**
     * The plaintext, if this key sealed it; a ciphertext altered or sealed for another
     * key is refused.
     */
    public static byte[] open(SealedPersonalData sealed, byte[] key) {
        if (!ALGORITHM.equals(sealed.algorithm())) {
            throw new IllegalArgumentException(
                    "Personal data sealed with " + sealed.algorithm() + ", not " + ALGORITHM);
        }
        byte[] wire = Base64.getDecoder().decode(sealed.ciphertext());
        if (wire.length <= NONCE_BYTES) {
            throw new IllegalArgumentException("Sealed personal data is too short");
        }
        byte[] nonce = new byte[NONCE_BYTES];
        System.arraycopy(wire, 0, nonce, 0, NONCE_BYTES);
        try {
            return cipher(Cipher.DECRYPT_MODE, sealed.keyId(), key, nonce).doFinal(wire, NONCE_BYTES,
                    wire.length - NONCE_BYTES);
        }
        catch (GeneralSecurityException ex) {
            throw new IllegalArgumentException("Sealed personal data failed its integrity check", ex);
        }
    }

    private static Cipher cipher(int mode, String keyId, byte[] key, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

}
