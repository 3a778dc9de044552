package org.communitysafety.servicedefaults.personaldata;

/**
 * A person's details as they travel in an event: encrypted with a key of their own, so
 * that erasing the person (shredding the key) makes every copy of the event unreadable
 * for them while the rest of it still replays. See docs/adr/006.
 *
 * @param keyId the key that sealed it, also the subject it is about (a membership, say)
 * @param algorithm how it was sealed; {@value PersonalDataCipher#ALGORITHM} (AES-256 in
 * GCM mode, the key id as associated data)
 * @param ciphertext the twelve-byte nonce followed by the encrypted JSON and its tag,
 * base64
 */
public record SealedPersonalData(String keyId, String algorithm, String ciphertext) {
}
