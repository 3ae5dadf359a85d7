package io.kezhi.crm.shared.web;

import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the built Vue application from {@code classpath:/static}. A browser path that is not a
 * file (e.g. {@code /admin/users}) gets {@code index.html}, so deep links work; API paths never do.
 */
@Configuration(proxyBeanMethods = false)
class SpaResourceConfiguration implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/**")
                .addResourceLocations("classpath:/static/")
                .resourceChain(true)
                .addResolver(new PathResourceResolver() {
                    @Override
                    protected Resource getResource(String resourcePath, Resource location) throws IOException {
                        Resource requested = location.createRelative(resourcePath);
                        if (requested.exists() && requested.isReadable()) {
                            return requested;
                        }
                        if (isApplicationRoute(resourcePath)) {
                            Resource index = new ClassPathResource("/static/index.html");
                            return index.exists() ? index : null;
                        }
                        return null;
                    }
                });
    }

    private static boolean isApplicationRoute(String path) {
        return !(path.startsWith("api/") || path.startsWith("v3/") || path.startsWith("actuator/")
                || path.startsWith("swagger-ui") || path.substring(path.lastIndexOf('/') + 1).contains("."));
    }
}
