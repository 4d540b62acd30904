package org.kstp.notification.domain;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.kstp.common.BusinessTime;

/** Times in notices are Beijing time with the offset written out, as on the receipt itself. */
final class Receipts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss '(UTC+8)'")
            .withZone(BusinessTime.ZONE);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm '(UTC+8)'")
            .withZone(BusinessTime.ZONE);

    private Receipts() {
    }

    static String beijingTime(Instant at) {
        return TIME.format(at);
    }

    static String beijingMinute(Instant at) {
        return MINUTE.format(at);
    }
}
