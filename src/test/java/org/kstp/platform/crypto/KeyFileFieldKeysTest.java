package org.kstp.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kstp.common.CitizenIdHash;
import org.kstp.support.CitizenIds;

/** The field keys: a keyed hash, SM4-GCM that detects tampering, and a key file only its owner reads. */
class KeyFileFieldKeysTest {

    @TempDir
    Path dir;

    @Test
    void theKeyFileIsCreatedOnceWithOwnerOnlyPermissionsAndReadAgain() throws Exception {
        Path file = dir.resolve("data").resolve("field-keys");
        KeyFileFieldKeys first = KeyFileFieldKeys.load(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String content = Files.readString(file);
        KeyFileFieldKeys again = KeyFileFieldKeys.load(file);
        assertThat(Files.readString(file)).isEqualTo(content);
        byte[] message = "653101198001010011".getBytes(StandardCharsets.UTF_8);
        assertThat(again.mac(message)).isEqualTo(first.mac(message));
        assertThat(again.open(first.seal(message))).isEqualTo(message);
    }

    @Test
    void theHashIsKeyedAnotherKeyGivesAnotherHash() {
        String id = CitizenIds.random();
        CitizenIdHash one = new CitizenIdHash(KeyFileFieldKeys.load(dir.resolve("one")));
        CitizenIdHash two = new CitizenIdHash(KeyFileFieldKeys.load(dir.resolve("two")));
        assertThat(one.of(id)).hasSize(64).isEqualTo(one.of(" " + id.toLowerCase() + " "));
        assertThat(two.of(id)).isNotEqualTo(one.of(id));
        assertThat(one.of(id)).isNotEqualTo(legacyDigest(id)).doesNotContain(id.substring(6, 14));
    }

    @Test
    void aLegacyDigestRekeysToExactlyTheHashOfTheNumber() {
        String id = CitizenIds.random();
        CitizenIdHash hashes = new CitizenIdHash(KeyFileFieldKeys.load(dir.resolve("keys")));
        assertThat(hashes.rekey(legacyDigest(id))).isEqualTo(hashes.of(id));
    }

    @Test
    void sm4RoundTripsWithAFreshIvAndRefusesTamperingAndOtherKeys() {
        KeyFileFieldKeys keys = KeyFileFieldKeys.load(dir.resolve("keys"));
        byte[] phone = "13912345678".getBytes(StandardCharsets.UTF_8);
        byte[] sealed = keys.seal(phone);
        assertThat(keys.open(sealed)).isEqualTo(phone);
        assertThat(keys.seal(phone)).isNotEqualTo(sealed);
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("13912345678");

        byte[] tampered = sealed.clone();
        tampered[tampered.length - 5] ^= 1;
        assertThatThrownBy(() -> keys.open(tampered)).isInstanceOf(IllegalArgumentException.class);
        byte[] otherIv = sealed.clone();
        otherIv[3] ^= 1;
        assertThatThrownBy(() -> keys.open(otherIv)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeyFileFieldKeys.load(dir.resolve("other")).open(sealed))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** How ID hashes were stored before they were keyed. */
    static String legacyDigest(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(("kstp-citizen-id:" + id).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
