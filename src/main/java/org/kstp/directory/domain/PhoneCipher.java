package org.kstp.directory.domain;

import java.nio.charset.StandardCharsets;
import org.kstp.common.FieldKeys;
import org.springframework.stereotype.Component;

/**
 * Phone numbers of person records at rest: encrypted (SM4-GCM) to be shown again to those who may
 * edit the record, a keyed hash to find a record by name and phone, and the last four digits for
 * lists. None of the three gives the number to someone holding only the database.
 */
@Component
public class PhoneCipher {

    private final FieldKeys keys;

    PhoneCipher(FieldKeys keys) {
        this.keys = keys;
    }

    /** What a record stores for a phone. */
    record SealedPhone(byte[] sealed, String hash, String tail) {
    }

    /** Null for no phone. */
    SealedPhone seal(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String number = phone.trim();
        return new SealedPhone(keys.seal(number.getBytes(StandardCharsets.UTF_8)), hash(number),
                number.substring(Math.max(0, number.length() - 4)));
    }

    /** The keyed hash a phone is looked up by. */
    String hash(String phone) {
        return keys.macHex(("kstp-phone:" + phone.trim()).getBytes(StandardCharsets.UTF_8));
    }

    /** The number; null for none. */
    public String open(byte[] sealed) {
        return sealed == null ? null : new String(keys.open(sealed), StandardCharsets.UTF_8);
    }
}
