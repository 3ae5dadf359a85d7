package io.kezhi.crm.shared.web;

import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.OpenAPI;
import java.beans.Introspector;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document at /v3/api-docs (and /swagger-ui.html). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI kezhiOpenApi() {
        return new OpenAPI().info(new Info().title("Kezhi CRM API").version("v1")
                .description("客知 CRM REST API. Browser clients use the session cookie and send the XSRF-TOKEN "
                        + "cookie's value as X-XSRF-TOKEN; integrations send Authorization: Bearer <API token>. "
                        + "Errors are RFC 9457 problem details in the language of Accept-Language.")
                .license(new License().name("Apache-2.0")));
    }

    /**
     * Stable operation ids, {@code <controller>_<method>} (e.g. {@code user_list}), instead of
     * springdoc's {@code list_3}, which shift whenever an endpoint is added.
     */
    @Bean
    OperationCustomizer stableOperationIds() {
        return (operation, handler) -> {
            String controller = handler.getBeanType().getSimpleName().replaceFirst("Controller$", "");
            operation.setOperationId(Introspector.decapitalize(controller) + "_" + handler.getMethod().getName());
            return operation;
        };
    }
}
