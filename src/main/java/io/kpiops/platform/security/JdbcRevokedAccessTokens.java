package io.kpiops.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/** The database-backed revocation list; expired rows are purged hourly. */
class JdbcRevokedAccessTokens implements RevokedAccessTokens {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcRevokedAccessTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void revoke(String jti, Instant expiresAt) {
        try {
            jdbc.sql("insert into revoked_access_tokens (jti, expires_at) values (?, ?)")
                    .params(jti, Timestamp.from(expiresAt)).update();
        } catch (DuplicateKeyException alreadyRevoked) {
            // revoking twice is harmless
        }
    }

    @Override
    public boolean isRevoked(String jti) {
        return jdbc.sql("select count(*) from revoked_access_tokens where jti = ?").param(jti).query(Long.class).single() > 0;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void purgeExpired() {
        jdbc.sql("delete from revoked_access_tokens where expires_at < ?").param(Timestamp.from(clock.instant())).update();
    }
}
