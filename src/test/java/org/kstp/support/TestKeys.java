package org.kstp.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.kstp.common.CitizenIdHash;
import org.kstp.common.FieldKeys;
import org.kstp.platform.crypto.KeyFileFieldKeys;

/** Real field keys in a fresh key file, for unit tests that hash or seal without the application. */
public final class TestKeys {

    private TestKeys() {
    }

    public static FieldKeys fresh() {
        try {
            return KeyFileFieldKeys.load(Files.createTempDirectory("kstp-keys").resolve("field-keys"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static CitizenIdHash citizenIds() {
        return new CitizenIdHash(fresh());
    }
}
