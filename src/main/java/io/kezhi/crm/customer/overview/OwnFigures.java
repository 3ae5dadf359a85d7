package io.kezhi.crm.customer.overview;

import io.kezhi.crm.customer.CustomerFigureSource;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The customer module's own header figures: contacts and follow-ups. */
@Component
class OwnFigures implements CustomerFigureSource {

    private final TenantJdbc jdbc;

    OwnFigures(TenantJdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figuresFor(long customerId) {
        Map<String, Object> p = Map.of("id", customerId);
        long contacts = jdbc.sql("SELECT COUNT(*) FROM contact WHERE tenant_id = :tenantId AND customer_id = :id"
                + " AND deleted_at IS NULL", p).query(Long.class).single();
        long followUps = jdbc.sql("SELECT COUNT(*) FROM follow_up WHERE tenant_id = :tenantId AND customer_id = :id"
                + " AND deleted_at IS NULL", p).query(Long.class).single();
        return List.of(new Figure("contacts", "customer.figure.contacts", BigDecimal.valueOf(contacts), "COUNT", 10),
                new Figure("followUps", "customer.figure.followUps", BigDecimal.valueOf(followUps), "COUNT", 20));
    }
}
