package org.kstp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The Kashgar Science &amp; Technology Management Platform: one deployable, many modules. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class KstpApplication {

    public static void main(String[] args) {
        SpringApplication.run(KstpApplication.class, args);
    }
}
