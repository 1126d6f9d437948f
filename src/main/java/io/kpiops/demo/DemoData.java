package io.kpiops.demo;

import io.kpiops.clients.ClientAdmin;
import io.kpiops.platform.config.KpiProperties;
import io.kpiops.platform.security.Role;
import io.kpiops.users.UserService;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with demo clients and users (never in production, not with KPI_DEMO_DATA=false) and prints
 * the demo logins. Later modules add their demo records here.
 */
@Component
@Order(20)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** Documented in README.md; each satisfies the password policy. */
    static final Map<String, String> PASSWORDS = Map.of(
            "admin", "Admin!Plant26",
            "poweruser", "Power!Plant26",
            "leader1", "Leader!Plant26",
            "operator1", "Operator!Plant26",
            "operator2", "Operator!Plant26");

    private final ClientAdmin clients;
    private final UserService users;
    private final KpiProperties props;

    DemoData(ClientAdmin clients, UserService users, KpiProperties props) {
        this.clients = clients;
        this.users = users;
        this.props = props;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!props.demoDataEnabled() || clients.anyClientExists()) {
            return;
        }
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("ACME-MFG", clients.createAsSystem("ACME-MFG", "Acme Manufacturing", "America/New_York"));
        ids.put("TEXTIL-MX", clients.createAsSystem("TEXTIL-MX", "Textiles del Norte", "America/Monterrey"));
        ids.put("AUTO-PARTS", clients.createAsSystem("AUTO-PARTS", "Midwest Auto Parts", "America/Chicago"));
        ids.put("MED-DEV", clients.createAsSystem("MED-DEV", "Pacific Medical Devices", "America/Los_Angeles"));
        ids.put("FOOD-PACK", clients.createAsSystem("FOOD-PACK", "Iberia Food Packaging", "Europe/Madrid"));

        boolean adminFromEnv = users.exists("admin");
        if (!adminFromEnv) {
            users.createAsSystem("admin", "admin@demo.kpiops.io", "Ada Admin", Role.ADMIN, PASSWORDS.get("admin"), Set.of());
        }
        users.createAsSystem("poweruser", "poweruser@demo.kpiops.io", "Pat Power", Role.POWERUSER, PASSWORDS.get("poweruser"),
                Set.of(ids.get("ACME-MFG"), ids.get("AUTO-PARTS"), ids.get("MED-DEV")));
        users.createAsSystem("leader1", "leader1@demo.kpiops.io", "Lee Leader", Role.LEADER, PASSWORDS.get("leader1"),
                Set.of(ids.get("ACME-MFG"), ids.get("TEXTIL-MX")));
        users.createAsSystem("operator1", "operator1@demo.kpiops.io", "Olga Operator", Role.OPERATOR, PASSWORDS.get("operator1"),
                Set.of(ids.get("ACME-MFG")));
        users.createAsSystem("operator2", "operator2@demo.kpiops.io", "Omar Operator", Role.OPERATOR, PASSWORDS.get("operator2"),
                Set.of(ids.get("TEXTIL-MX")));

        log.info("""
                Demo data created. Sign in at http://localhost:{} with:
                  admin     / {}   (all clients)
                  poweruser / {}   (ACME-MFG, AUTO-PARTS, MED-DEV)
                  leader1   / {}  (ACME-MFG, TEXTIL-MX)
                  operator1 / {} (ACME-MFG)
                  operator2 / {} (TEXTIL-MX)""",
                System.getProperty("server.port", System.getenv().getOrDefault("SERVER_PORT", "8080")),
                adminFromEnv ? "(KPI_ADMIN_PASSWORD)" : PASSWORDS.get("admin"), PASSWORDS.get("poweruser"),
                PASSWORDS.get("leader1"), PASSWORDS.get("operator1"), PASSWORDS.get("operator2"));
    }
}
