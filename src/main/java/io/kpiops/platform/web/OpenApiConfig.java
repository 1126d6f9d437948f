package io.kpiops.platform.web;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
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
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
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
