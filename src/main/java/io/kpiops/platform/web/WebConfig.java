package io.kpiops.platform.web;

import java.io.IOException;
import java.util.List;
import org.springframework.http.converter.HttpMessageConverter;
import tools.jackson.databind.json.JsonMapper;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.format.FormatterRegistry;
import io.kpiops.platform.security.Role;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the single-page app: real files from {@code classpath:/static/}, and {@code index.html} for any other path
 * that is not under {@code /api} or {@code /actuator}, so client-side routes survive a reload. Unknown API paths stay
 * unresolved and become a 404 problem detail.
 */
@Configuration
class WebConfig implements WebMvcConfigurer {

    private final JsonMapper json;

    WebConfig(JsonMapper json) {
        this.json = json;
    }

    /** Lists as CSV for Accept: text/csv; added last, so that a caller accepting anything (or naming nothing) gets JSON. */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.add(new PageCsvConverter(json));
    }

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, Role.class, Role::parse);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        // Vite names bundles by content hash, so they never change: cache them for a year.
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable());
        // Everything else (index.html above all) is revalidated, so a new release is picked up at once.
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache())
                .resourceChain(true)
                .addResolver(new PathResourceResolver() {
                    @Override
                    protected Resource getResource(String path, Resource location) throws IOException {
                        Resource file = location.createRelative(path);
                        if (file.exists() && file.isReadable()) {
                            return file;
                        }
                        if (path.startsWith("api/") || path.equals("api") || path.startsWith("actuator")
                                || path.contains(".")) {
                            return null;
                        }
                        Resource index = new ClassPathResource("/static/index.html");
                        return index.exists() ? index : null;
                    }
                });
    }
}
