package org.kstp.expert.coi;

import org.kstp.integrity.IntegrityApi;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule engine as a bean, wired to the integrity register. */
@Configuration(proxyBeanMethods = false)
class CoiConfiguration {

    @Bean
    ConflictEngine conflictEngine(IntegrityApi integrity) {
        return new ConflictEngine(integrity);
    }
}
