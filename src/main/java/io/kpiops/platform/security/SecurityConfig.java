package io.kpiops.platform.security;

import io.kpiops.platform.config.KpiProperties;
import io.kpiops.platform.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

/**
 * Stateless security: access JWTs from the Authorization header (API clients) or the HttpOnly cookie (the web app);
 * CSRF protection (double-submit cookie) wherever a cookie is what authenticates; problem-detail 401/403; rate limits
 * on the sign-in endpoints; security headers with a CSP the web app satisfies.
 */
@Configuration
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
            // the Reports page previews a PDF it fetched in an iframe of a blob: URL; nothing else may be framed
            + "frame-src 'self' blob:; "
            + "base-uri 'self'; form-action 'self'; object-src 'none'";

    /** Every user role; a display principal has none of them. */
    private static final String[] USER_AUTHORITIES = java.util.Arrays.stream(Role.values()).map(Role::authority)
            .toArray(String[]::new);

    @Bean
    SecurityFilterChain api(HttpSecurity http, AccessTokens tokens, CallerDirectory callers, RevokedAccessTokens revoked,
            RateLimiter limiter, ProblemWriter problems, KpiProperties props, DisplayCredentials displays) throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
        http.sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .httpBasic(b -> b.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .requestCache(c -> c.disable())
                .csrf(csrf -> csrf.spa().ignoringRequestMatchers(SecurityConfig::csrfNotNeeded))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/token", "/api/token/refresh", "/api/logout", "/api/register").permitAll()
                        .requestMatchers("/api/openapi.json", "/api/openapi.json/**", "/api/openapi.json.yaml", "/api/docs", "/api/docs/**",
                                "/swagger-ui/**", "/v3/api-docs/**").permitAll()
                        // a wall screen's display credential (ADR 0013) reaches only the TV figures and the live stream
                        .requestMatchers(HttpMethod.POST, DisplayCookieFilter.DISPLAY_SESSION_PATH).permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/dashboards/tv", "/api/dashboards/events").authenticated()
                        .requestMatchers("/api/**").hasAnyAuthority(USER_AUTHORITIES)
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().permitAll())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(new CallerTokenConverter(callers, revoked)))
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .exceptionHandling(e -> e.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
                .addFilterBefore(new AuthRateLimitFilter(limiter, problems), CsrfFilter.class)
                .addFilterAfter(new AccessCookieFilter(), CsrfFilter.class)
                .addFilterAfter(new DisplayCookieFilter(displays, problems), BearerTokenAuthenticationFilter.class)
                .headers(h -> {
                    h.contentSecurityPolicy(csp -> csp.policyDirectives(CSP));
                    h.frameOptions(f -> f.deny());
                    h.referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN));
                    h.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(self), microphone=(), geolocation=()"));
                    if (props.production()) {
                        h.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)
                                .requestMatcher(AnyRequestMatcher.INSTANCE));
                    } else {
                        h.httpStrictTransportSecurity(hsts -> hsts.disable());
                    }
                });
        return http.build();
    }

    /**
     * CSRF matters only where the browser's ambient cookie is what authenticates: a request carrying an Authorization
     * header, or no session cookie at all (first sign-in, API tools), cannot be forged that way.
     */
    private static boolean csrfNotNeeded(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.AUTHORIZATION) != null || !AuthCookies.present(request);
    }

    /**
     * No observation around the security chain's filters, authentications and authorizations: the wrappers cost more
     * than a request's own work, and the request as a whole is still observed (http.server.requests).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    /**
     * The strict firewall with its default rule for header names and values — assigned characters, no control
     * characters — checked per code point instead of by its regular expression: every header read of every request
     * runs it, and on the long bearer token it took about 4 % of the JVM's CPU in the single-create benchmark.
     */
    @Bean
    HttpFirewall httpFirewall() {
        StrictHttpFirewall firewall = new StrictHttpFirewall();
        firewall.setAllowedHeaderNames(SecurityConfig::assignedAndNotControl);
        firewall.setAllowedHeaderValues(SecurityConfig::assignedAndNotControl);
        return firewall;
    }

    static boolean assignedAndNotControl(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!Character.isDefined(c) || Character.isISOControl(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }
}
