package io.kpiops.dashboards.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.kpiops.KpiApplication;
import io.kpiops.platform.db.DatabaseEnvironment;
import io.kpiops.support.Api;
import io.kpiops.support.IntegrationTest;
import io.kpiops.support.TestRedis;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Two application nodes sharing one database and one Redis: an entry saved through node 1's API reaches a stream
 * opened on node 2. Runs when KPI_TEST_REDIS_URL names a Redis server (CI always sets it).
 */
@IntegrationTest
class TwoNodeLiveIT {

    static ConfigurableApplicationContext node2;

    @DynamicPropertySource
    static void redis(DynamicPropertyRegistry registry) {
        TestRedis.register(registry);
    }

    @BeforeAll
    static void needsRedis() {
        TestRedis.required();
    }

    @AfterAll
    static void stopNode2() {
        if (node2 != null) {
            node2.close();
        }
    }

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    Environment env;

    @Test
    void anEntrySavedOnNodeOneReachesAStreamOnNodeTwo() {
        int port2 = startNode2();
        Api node1 = new Api(port);
        LiveFixture fixture = LiveFixture.create(node1, node1.adminToken(), "LN");
        // the access token node 1 issued is good on node 2: same secret, same database
        try (EventStream stream = new EventStream(port2, fixture.leader()).ready()) {
            assertThat(fixture.create(node1, Api.plantToday()).status()).isEqualTo(201);
            EventStream.Event e = stream.next();
            assertThat(e.name()).isEqualTo("entry-changed");
            assertThat(e.json().get("client_id").asLong()).isEqualTo(fixture.client());
            assertThat(e.json().get("kind").asString()).isEqualTo("production");
        }
    }

    /** Node 2: the same application, database and Redis as this test's context, on its own port. */
    private int startNode2() {
        Map<String, Object> props = new HashMap<>();
        for (String key : new String[] {"spring.datasource.url", "spring.datasource.username", "spring.datasource.password",
                "kpi.jwt-secret", "kpi.redis-url", "kpi.cookie-secure", "kpi.auth-rate-limit-per-minute"}) {
            props.put(key, env.getProperty(key, ""));
        }
        props.put("kpi.demo-data", "false");
        props.put("server.port", "0");
        props.put("spring.main.banner-mode", "off");
        props.put("logging.level.root", "WARN");
        // as command-line arguments: they outrank application.yml (default properties would not)
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        node2 = new SpringApplicationBuilder(KpiApplication.class)
                .initializers(context -> DatabaseEnvironment.configure(context.getEnvironment())).run(args);
        return ((WebServerApplicationContext) node2).getWebServer().getPort();
    }
}
