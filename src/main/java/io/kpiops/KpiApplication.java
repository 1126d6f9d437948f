package io.kpiops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** KPI Operations: one executable jar serving the REST API under /api and the web app at /. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class KpiApplication {

    public static void main(String[] args) {
        SpringApplication.run(KpiApplication.class, args);
    }
}
