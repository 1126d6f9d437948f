package io.kpiops.support;

import io.kpiops.platform.db.DatabaseEnvironment;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.MapPropertySource;

/** Gives each test application context a fresh database, dropped when the context closes. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase db = TestDatabase.create();
        Map<String, Object> props = new HashMap<>(db.springProperties);
        props.put("kpi.test.vendor", db.vendor);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", props));
        DatabaseEnvironment.configure(context.getEnvironment());
        context.addApplicationListener((ApplicationListener<ContextClosedEvent>) event -> db.close());
    }
}
