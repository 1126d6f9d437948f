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
        // A typed listener: a lambda's event type cannot be resolved, so it would be called (and throw a
        // ClassCastException inside Spring) for every event of every request.
        context.addApplicationListener(new ApplicationListener<ContextClosedEvent>() {
            @Override
            public void onApplicationEvent(ContextClosedEvent event) {
                db.close();
            }
        });
    }
}
