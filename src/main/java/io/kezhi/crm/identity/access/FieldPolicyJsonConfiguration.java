package io.kezhi.crm.identity.access;

import io.kezhi.crm.identity.FieldPolicies;
import io.kezhi.crm.identity.PolicedView;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.std.SimpleBeanPropertyFilter;
import tools.jackson.databind.ser.std.SimpleFilterProvider;

/** Registers the JSON filter that drops hidden fields from every {@link PolicedView}. */
@Configuration(proxyBeanMethods = false)
class FieldPolicyJsonConfiguration {

    @Bean
    JsonMapperBuilderCustomizer fieldPolicyFilter(ObjectProvider<FieldPolicies> policies) {
        SimpleFilterProvider provider = new SimpleFilterProvider()
                .addFilter(FieldPolicies.JSON_FILTER, new HiddenFieldFilter(policies));
        return builder -> builder.filterProvider(provider);
    }

    static final class HiddenFieldFilter extends SimpleBeanPropertyFilter {

        private final ObjectProvider<FieldPolicies> policies;
        private final Map<Class<?>, Optional<String>> entityByView = new ConcurrentHashMap<>();

        HiddenFieldFilter(ObjectProvider<FieldPolicies> policies) {
            this.policies = policies;
        }

        @Override
        public void serializeAsProperty(Object pojo, JsonGenerator g, SerializationContext ctxt, PropertyWriter writer)
                throws Exception {
            Optional<String> entity = entityByView.computeIfAbsent(pojo.getClass(),
                    type -> Optional.ofNullable(type.getAnnotation(PolicedView.class)).map(PolicedView::value));
            if (entity.isPresent() && policies.getObject().isHidden(entity.get(), writer.getName())) {
                return;
            }
            writer.serializeAsProperty(pojo, g, ctxt);
        }
    }
}
