package io.kpiops.demo;

import io.kpiops.clients.ClientAdmin;
import io.kpiops.platform.config.KpiProperties;
import io.kpiops.platform.security.Role;
import io.kpiops.users.UserService;
import java.util.LinkedHashMap;
import java.util.List;
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
 * the demo logins. Each client gets a plant model, work orders and 90 days of shift data (production, downtime,
 * quality, holds, attendance) written through the modules' set-up facades; how long that took is logged.
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
    private final DemoPlantModel plantModel;
    private final KpiProperties props;

    private final DemoShiftData shiftData;

    DemoData(ClientAdmin clients, UserService users, DemoPlantModel plantModel, DemoShiftData shiftData,
            KpiProperties props) {
        this.shiftData = shiftData;
        this.clients = clients;
        this.users = users;
        this.plantModel = plantModel;
        this.props = props;
    }

    private static final Map<String, String> ZONES = Map.of("ACME-MFG", "America/New_York", "TEXTIL-MX",
            "America/Monterrey", "AUTO-PARTS", "America/Chicago", "MED-DEV", "America/Los_Angeles", "FOOD-PACK",
            "Europe/Madrid");

    /** The industry defect-type template each demo client starts with. */
    private static final Map<String, String> DEFECT_TEMPLATES = Map.of("ACME-MFG", "general_manufacturing",
            "TEXTIL-MX", "textile_apparel", "AUTO-PARTS", "general_manufacturing", "MED-DEV", "medical_devices",
            "FOOD-PACK", "packaging_logistics");

    /** What each demo client makes: code, name, ideal cycle time in hours per unit. */
    private static final Map<String, List<DemoPlantModel.ProductSpec>> PRODUCTS = Map.of(
            "ACME-MFG", specs("BRK-100:Brake bracket:0.0150", "BRK-200:Heavy bracket:0.0220", "HNG-010:Door hinge:0.0080",
                    "HNG-020:Gate hinge:0.0110", "PLT-500:Mounting plate:0.0300", "CLP-005:Spring clip:0.0025"),
            "TEXTIL-MX", specs("POLO-M:Polo shirt M:0.2500", "POLO-L:Polo shirt L:0.2600", "TEE-S:T-shirt S:0.1500",
                    "TEE-M:T-shirt M:0.1550", "JKT-01:Work jacket:0.7500", "CAP-01:Cap:0.0900"),
            "AUTO-PARTS", specs("PAD-F1:Front brake pad:0.0120", "PAD-R1:Rear brake pad:0.0110", "ROT-300:Rotor 300 mm:0.0450",
                    "CAL-02:Caliper:0.0800", "HOS-11:Brake hose:0.0060", "KIT-07:Service kit:0.0350"),
            "MED-DEV", specs("SYR-05:Syringe 5 ml:0.0010", "SYR-10:Syringe 10 ml:0.0012", "CAT-14:Catheter 14G:0.0040",
                    "MSK-01:Face mask:0.0008", "KIT-IV:IV kit:0.0150", "TRY-02:Instrument tray:0.0500"),
            "FOOD-PACK", specs("TRY-250:Tray 250 g:0.0005", "TRY-500:Tray 500 g:0.0006", "BOX-1K:Box 1 kg:0.0020",
                    "PCH-100:Pouch 100 g:0.0004", "JAR-330:Jar 330 ml:0.0010", "CUP-200:Cup 200 ml:0.0003"));

    private static List<DemoPlantModel.ProductSpec> specs(String... specs) {
        return java.util.Arrays.stream(specs).map(s -> s.split(":"))
                .map(p -> new DemoPlantModel.ProductSpec(p[0], p[1], p[2])).toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!props.demoDataEnabled() || clients.anyClientExists()) {
            return;
        }
        long started = System.nanoTime();
        Map<String, Long> ids = new LinkedHashMap<>();
        ids.put("ACME-MFG", clients.createAsSystem("ACME-MFG", "Acme Manufacturing", ZONES.get("ACME-MFG")));
        ids.put("TEXTIL-MX", clients.createAsSystem("TEXTIL-MX", "Textiles del Norte", ZONES.get("TEXTIL-MX")));
        ids.put("AUTO-PARTS", clients.createAsSystem("AUTO-PARTS", "Midwest Auto Parts", ZONES.get("AUTO-PARTS")));
        ids.put("MED-DEV", clients.createAsSystem("MED-DEV", "Pacific Medical Devices", ZONES.get("MED-DEV")));
        ids.put("FOOD-PACK", clients.createAsSystem("FOOD-PACK", "Iberia Food Packaging", ZONES.get("FOOD-PACK")));
        ids.forEach((code, id) -> shiftData.create(id, code, java.time.ZoneId.of(ZONES.get(code)),
                plantModel.create(id, code, PRODUCTS.get(code), DEFECT_TEMPLATES.get(code))));
        log.info("Demo data of {} clients (plant models, work orders, 90 days of shift data) written in {} ms",
                ids.size(), (System.nanoTime() - started) / 1_000_000);

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
