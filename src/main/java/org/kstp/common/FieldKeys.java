package org.kstp.common;

import java.util.HexFormat;

/**
 * The keys that protect personal data (PIPL, commercial-cryptography assessment), behind operations
 * rather than key bytes, so that a certified cryptographic module can hold them later without any
 * caller changing: a keyed hash
 * (HMAC-SM3) for ID numbers and phones that must be matched but never read, and authenticated
 * encryption (SM4-GCM, a fresh random IV per value) for what must be shown again. Neither key is in
 * the database: a copy of the database alone reverses no hash and opens no value.
 */
public interface FieldKeys {

    /** HMAC-SM3 of the message under the hashing key. */
    byte[] mac(byte[] message);

    /** SM4-GCM encryption under the field key; the random IV travels inside the result. */
    byte[] seal(byte[] plaintext);

    /** The plaintext of {@link #seal}; a changed byte or a value sealed under another key is refused. */
    byte[] open(byte[] sealed);

    /** {@link #mac} as lower-case hex, the form hashes are stored and compared in. */
    default String macHex(byte[] message) {
        return HexFormat.of().formatHex(mac(message));
    }
}
