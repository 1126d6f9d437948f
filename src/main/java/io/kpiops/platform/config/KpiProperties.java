package io.kpiops.platform.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** The product's own settings, bound from the KPI_* environment variables (see application.yml). */
@ConfigurationProperties("kpi")
public record KpiProperties(
        String profile,
        String jwtSecret,
        int accessTokenMinutes,
        int refreshTokenHours,
        boolean cookieSecure,
        boolean demoData,
        String adminPassword,
        boolean selfRegistration,
        String redisUrl,
        int authRateLimitPerMinute,
        int lockoutAttempts,
        int lockoutMinutes) {

    public boolean production() {
        return "prod".equalsIgnoreCase(profile);
    }

    public boolean redisEnabled() {
        return redisUrl != null && !redisUrl.isBlank();
    }

    /** Demo data is never created in production, whatever KPI_DEMO_DATA says. */
    public boolean demoDataEnabled() {
        return demoData && !production();
    }
}
