package io.kpiops.platform.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kpiops.platform.security.Caller;
import io.kpiops.platform.security.Role;
import io.kpiops.platform.web.ApiException;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TenantScopeTest {

    @Test
    void adminsSeeEveryClientOthersTheirAssignments() {
        TenantScope admin = new Caller(1, "a", Role.ADMIN, Set.of(), true, null, null).tenantScope();
        TenantScope leader = new Caller(2, "l", Role.LEADER, Set.of(10L, 11L), true, null, null).tenantScope();
        assertThat(admin.allows(99L)).isTrue();
        assertThat(leader.allows(10L)).isTrue();
        assertThat(leader.allows(11L)).isTrue();
        assertThat(leader.allows(12L)).isFalse();
        assertThat(leader.allows(null)).isFalse();
    }

    @Test
    void refusalIsA404ThatDoesNotRevealTheRecord() {
        TenantScope operator = new TenantScope(false, 3, Set.of(10L));
        assertThatThrownBy(() -> operator.require(11L, "Client"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status().value()).isEqualTo(404));
    }

    @Test
    void outsideARequestTheSystemSeesEverything() {
        assertThat(TenantScopes.current()).isEqualTo(TenantScope.SYSTEM);
        assertThat(TenantScope.NONE.allows(1L)).isFalse();
    }
}
