package org.kstp.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.kstp.common.BusinessTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The business time zone as a setting (kstp.business-zone, default Asia/Shanghai); an unknown zone id
 * stops the start, rather than silently falling back. Every page gets it as {@code zone}, so
 * templates format times in it.
 */
@Configuration(proxyBeanMethods = false)
class BusinessTimeConfiguration {

    @Bean
    BusinessTime businessTime(@Value("${kstp.business-zone:" + BusinessTime.DEFAULT_ZONE + "}") String zone,
                              Clock clock) {
        return new BusinessTime(ZoneId.of(zone), clock);
    }

    /** Puts the business zone into every page's model. */
    @ControllerAdvice
    static class ZoneAdvice {

        private final BusinessTime time;

        ZoneAdvice(BusinessTime time) {
            this.time = time;
        }

        @ModelAttribute("zone")
        ZoneId zone() {
            return time.zone();
        }
    }
}
