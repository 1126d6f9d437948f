package io.kpiops.users;

import io.kpiops.platform.config.KpiProperties;
import io.kpiops.platform.security.PasswordPolicy;
import io.kpiops.platform.security.Role;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * How a production install gets its first login: on an empty database, KPI_ADMIN_PASSWORD creates the user "admin".
 * Runs before the demo data, which then keeps that password for admin.
 */
@Component
@Order(10)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final UserService users;
    private final KpiProperties props;

    FirstAdmin(UserService users, KpiProperties props) {
        this.users = users;
        this.props = props;
    }

    @Override
    public void run(ApplicationArguments args) {
        String password = props.adminPassword();
        if (password == null || password.isBlank() || users.anyUserExists()) {
            return;
        }
        var broken = PasswordPolicy.violations(password);
        if (!broken.isEmpty()) {
            throw new IllegalStateException("KPI_ADMIN_PASSWORD breaks the password policy: " + String.join("; ", broken));
        }
        users.createAsSystem("admin", "admin@localhost", "Administrator", Role.ADMIN, password, Set.of());
        log.info("Created the administrator 'admin' with the password from KPI_ADMIN_PASSWORD.");
    }
}
