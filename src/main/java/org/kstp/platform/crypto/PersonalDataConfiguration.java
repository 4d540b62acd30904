package org.kstp.platform.crypto;

import java.nio.file.Path;
import org.kstp.common.CitizenIdHash;
import org.kstp.common.FieldKeys;
import org.kstp.platform.KstpProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The keys that protect personal data and the hash built on them. The key file is {@code KSTP_KEY_FILE}
 * when set (e.g. on a separate volume, or where two instances share it), else {@code field-keys} in the
 * data directory, next to, but never inside, the database.
 */
@Configuration(proxyBeanMethods = false)
class PersonalDataConfiguration {

    @Bean
    FieldKeys fieldKeys(KstpProperties properties, @Value("${kstp.key-file:}") String keyFile) {
        Path file = keyFile == null || keyFile.isBlank() ? properties.dataDir().resolve("field-keys") : Path.of(keyFile);
        return KeyFileFieldKeys.load(file);
    }

    @Bean
    CitizenIdHash citizenIdHash(FieldKeys keys) {
        return new CitizenIdHash(keys);
    }
}
