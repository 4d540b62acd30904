package org.kstp.common;

import java.time.ZoneId;

/** Deadlines and windows are stated in Beijing time, which Xinjiang's offices use for official business. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }
}
