package io.kezhi.crm.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.DeserializationFeature;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    static final Locale ZH_CN = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN_US = Locale.US;

    /**
     * zh-CN by default, en-US when the browser or client asks for any English ({@code en},
     * {@code en-GB}...), so the rest of the application only ever meets these two locales.
     */
    @Bean
    LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return "en".equals(super.resolveLocale(request).getLanguage()) ? EN_US : ZH_CN;
            }
        };
        resolver.setSupportedLocales(List.of(ZH_CN, EN_US, Locale.ENGLISH, Locale.CHINESE));
        resolver.setDefaultLocale(ZH_CN);
        return resolver;
    }

    /** A request field the API does not know is an error, not something silently dropped. */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** List filters ({@code @ParameterObject} records) bound without per-request reflection. */
    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new QueryRecordArgumentResolver());
    }
}
