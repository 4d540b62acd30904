package org.kstp.integrity.domain;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sanction rules as a bean, and the index built at start rather than on the first check. */
@Configuration(proxyBeanMethods = false)
class IntegrityConfiguration {

    @Bean
    SanctionRules sanctionRules() {
        return SanctionRules.defaults();
    }

    @Bean
    ApplicationRunner integrityIndexLoader(IndexHolder holder) {
        return (ApplicationArguments args) -> holder.current();
    }
}
