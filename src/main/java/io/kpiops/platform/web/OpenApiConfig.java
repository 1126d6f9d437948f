package io.kpiops.platform.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.jackson.TypeNameResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at /api/openapi.json, from which the web app's TypeScript types are generated: snake_case
 * property names as on the wire, every response property marked required (responses always carry every field), and
 * bearer authentication.
 */
@Configuration
class OpenApiConfig {

    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE),
                new ModuleTypeNames());
    }

    /**
     * Every entry module has its own {@code BatchRequest} and {@code BatchResponse} records; by their simple names the
     * last one read would stand for all of them in the document (and in the generated types). These few shared names
     * are prefixed with their module ({@code ProductionBatchRequest}, {@code QualityBatchRequest} ...).
     */
    static final class ModuleTypeNames extends TypeNameResolver {

        private static final Set<String> SHARED = Set.of("BatchRequest", "BatchResponse");

        @Override
        protected String getNameOfClass(Class<?> cls) {
            String name = super.getNameOfClass(cls);
            if (!SHARED.contains(name) || cls.getEnclosingClass() == null) {
                return name;
            }
            String module = cls.getPackageName().substring(cls.getPackageName().lastIndexOf('.') + 1);
            return Character.toUpperCase(module.charAt(0)) + module.substring(1) + name;
        }
    }

    @Bean
    OpenAPI kpiOpenApi() {
        return new OpenAPI()
                .info(new Info().title("KPI Operations API").version("1")
                        .description("Multi-tenant manufacturing KPIs. Errors are RFC 9457 problem details."))
                .components(new Components().addSecuritySchemes("bearer",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                // relative, so the document is the same whatever host and port serve it
                .servers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/")));
    }

    @Bean
    OpenApiCustomizer responsesHaveEveryField() {
        return api -> {
            if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
                return;
            }
            api.getComponents().getSchemas().forEach((name, schema) -> {
                if (isResponse(name) && schema.getProperties() != null) {
                    schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
                }
            });
        };
    }

    private static boolean isResponse(String name) {
        return name.endsWith("Response") || name.startsWith("PageResponse") || name.equals("MeClient");
    }
}
