package io.kezhi.crm.customer.pool;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.customer.account.Customer;
import io.kezhi.crm.customer.account.CustomerEventType;
import io.kezhi.crm.customer.account.CustomerRepository;
import io.kezhi.crm.platform.Notifications;
import io.kezhi.crm.shared.SubjectRef;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies the automatic-return rules of the current company's pools. A pool governs the owned
 * customers whose owner's department has it as nearest pool; per value class, a customer goes back
 * after N days without a follow-up or M days without a won deal, each counted from the later of the
 * event and the day the current owner got the customer. Owners are warned K days before, once.
 * Works in batches, each in its own transaction, so a big company never holds one long transaction.
 */
@Component
public class PoolRules {

    /** How many customers a run returned and how many owners' customers it warned about. */
    public record Outcome(int returned, int warned) {
        Outcome plus(Outcome other) {
            return new Outcome(returned + other.returned, warned + other.warned);
        }
    }

    /** Customers per transaction, {@code kezhi.customer-pool.rules-batch-size}. */
    private final int batch;
    static final String NO_FOLLOW_UP = "NO_FOLLOW_UP";
    static final String NO_DEAL = "NO_DEAL";

    private final CustomerPoolRepository pools;
    private final PoolDirectory directory;
    private final PoolService poolService;
    private final CustomerRepository customers;
    private final Notifications notifications;
    private final TenantJdbc jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    PoolRules(CustomerPoolRepository pools, PoolDirectory directory, PoolService poolService,
            CustomerRepository customers, Notifications notifications, TenantJdbc jdbc,
            TransactionTemplate transactions, Clock clock,
            @Value("${kezhi.customer-pool.rules-batch-size:500}") int batch) {
        if (batch < 1) {
            throw new IllegalArgumentException("kezhi.customer-pool.rules-batch-size must be at least 1");
        }
        this.batch = batch;
        this.pools = pools;
        this.directory = directory;
        this.poolService = poolService;
        this.customers = customers;
        this.notifications = notifications;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs every enabled pool's rules for the current company. */
    public Outcome applyAll() {
        Instant now = clock.instant();
        List<PoolDirectory.PlacedPool> placed = directory.all();
        Outcome total = new Outcome(0, 0);
        for (PoolDirectory.PlacedPool pool : placed) {
            if (!pool.enabled()) {
                continue;
            }
            Settings settings = transactions.execute(status -> pools.findById(pool.id())
                    .map(p -> new Settings(p.getRules(), p.isExemptWonDeal(), p.isExemptOpenOpportunity()))
                    .orElse(null));
            if (settings == null || settings.rules().isEmpty()) {
                continue;
            }
            Governed governed = governed(pool, placed);
            for (PoolRule rule : settings.rules()) {
                total = total.plus(apply(pool, settings, rule, governed, now));
            }
        }
        return total;
    }

    /**
     * A pool's rules and exemptions, read in a transaction of their own (the rules are a lazy
     * collection, and a run holds no transaction between its batches).
     */
    private record Settings(Set<PoolRule> rules, boolean exemptWonDeal, boolean exemptOpenOpportunity) {
    }

    /** The SQL condition (and its parameters) for the owned customers a pool governs. */
    private record Governed(String sql, Map<String, Object> parameters) {
    }

    private Governed governed(PoolDirectory.PlacedPool pool, List<PoolDirectory.PlacedPool> all) {
        StringBuilder sql = new StringBuilder("c.owner_id IS NOT NULL AND c.owner_dept_path LIKE :poolPath");
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("poolPath", pool.departmentPath() + "%");
        int i = 0;
        for (PoolDirectory.PlacedPool deeper : all) {
            if (deeper.enabled() && deeper.id() != pool.id()
                    && deeper.departmentPath().startsWith(pool.departmentPath())) {
                sql.append(" AND c.owner_dept_path NOT LIKE :deeper").append(i);
                parameters.put("deeper" + i, deeper.departmentPath() + "%");
                i++;
            }
        }
        return new Governed(sql.toString(), parameters);
    }

    private Outcome apply(PoolDirectory.PlacedPool pool, Settings settings, PoolRule rule, Governed governed,
            Instant now) {
        StringBuilder where = new StringBuilder("c.tenant_id = :tenantId AND c.deleted_at IS NULL AND ")
                .append(governed.sql());
        Map<String, Object> parameters = new HashMap<>(governed.parameters());
        if (PoolRule.ANY.equals(rule.valueClass())) {
            List<String> own = settings.rules().stream().map(PoolRule::valueClass)
                    .filter(v -> !PoolRule.ANY.equals(v)).toList();
            if (!own.isEmpty()) {
                where.append(" AND (c.value_class IS NULL OR c.value_class NOT IN (:ownClasses))");
                parameters.put("ownClasses", own);
            }
        } else {
            where.append(" AND c.value_class = :valueClass");
            parameters.put("valueClass", rule.valueClass());
        }
        if (settings.exemptWonDeal()) {
            where.append(" AND c.last_deal_at IS NULL");
        }
        if (settings.exemptOpenOpportunity()) {
            where.append(" AND c.open_opportunities = 0");
        }
        int returned = 0;
        int warned = 0;
        for (Criterion criterion : criteria(rule)) {
            returned += returnDue(pool, where.toString(), parameters, criterion, now);
            warned += warnSoon(pool, where.toString(), parameters, criterion, rule.warnDays(), now);
        }
        return new Outcome(returned, warned);
    }

    /** One clock of a rule: the column it watches and after how many days it runs out. */
    private record Criterion(String code, String column, int days) {

        /** The later of the watched event and the start of the current ownership. */
        String reference() {
            return "(CASE WHEN c." + column + " IS NULL OR c." + column + " < c.owned_since THEN c.owned_since ELSE c."
                    + column + " END)";
        }
    }

    private static List<Criterion> criteria(PoolRule rule) {
        List<Criterion> criteria = new ArrayList<>();
        if (rule.noFollowUpDays() != null) {
            criteria.add(new Criterion(NO_FOLLOW_UP, "last_follow_up_at", rule.noFollowUpDays()));
        }
        if (rule.noDealDays() != null) {
            criteria.add(new Criterion(NO_DEAL, "last_deal_at", rule.noDealDays()));
        }
        return criteria;
    }

    private int returnDue(PoolDirectory.PlacedPool pool, String where, Map<String, Object> parameters,
            Criterion criterion, Instant now) {
        Map<String, Object> query = new HashMap<>(parameters);
        query.put("dueBefore", now.minus(Duration.ofDays(criterion.days())));
        query.put("batch", batch);
        String sql = "SELECT c.id FROM customer c WHERE " + where + " AND " + criterion.reference()
                + " < :dueBefore ORDER BY c.id LIMIT :batch";
        String reason = criterion.code() + ":" + criterion.days();
        int total = 0;
        while (true) {
            Map<Long, List<String>> byOwner = new LinkedHashMap<>();
            Integer done = transactions.execute(status -> {
                List<Long> ids = jdbc.sql(sql, query).query(Long.class).list();
                for (Customer customer : customers.findAllById(ids)) {
                    byOwner.computeIfAbsent(customer.getOwnerId(), k -> new ArrayList<>()).add(customer.getName());
                    poolService.returnOne(customer, reason, CustomerEventType.AUTO_RETURNED);
                }
                customers.flush();
                byOwner.forEach((owner, names) -> notifications.notify(owner, "poolAutoReturned",
                        SubjectRef.of(CustomerRecordTypes.POOL, pool.id()),
                        criterion.code().equals(NO_FOLLOW_UP) ? "notification.pool.autoReturnedNoFollowUp"
                                : "notification.pool.autoReturnedNoDeal",
                        names.size(), criterion.days(), pool.name(), sample(names)));
                return ids.size();
            });
            total += done == null ? 0 : done;
            if (done == null || done < batch) {
                return total;
            }
        }
    }

    private int warnSoon(PoolDirectory.PlacedPool pool, String where, Map<String, Object> parameters,
            Criterion criterion, int warnDays, Instant now) {
        if (warnDays == 0) {
            return 0;
        }
        Map<String, Object> query = new HashMap<>(parameters);
        query.put("warnBefore", now.minus(Duration.ofDays(criterion.days() - warnDays)));
        query.put("batch", batch);
        String sql = "SELECT c.id, c.owner_id, c.name FROM customer c WHERE " + where + " AND c.return_warned_at IS NULL"
                + " AND " + criterion.reference() + " < :warnBefore ORDER BY c.id LIMIT :batch";
        int total = 0;
        while (true) {
            Integer done = transactions.execute(status -> {
                record Due(long id, long ownerId, String name) {
                }
                List<Due> due = jdbc.sql(sql, query).query(Due.class).list();
                if (due.isEmpty()) {
                    return 0;
                }
                jdbc.sql("UPDATE customer SET return_warned_at = :now WHERE tenant_id = :tenantId AND id IN (:ids)",
                        Map.of("now", now, "ids", due.stream().map(Due::id).toList())).update();
                Map<Long, List<String>> byOwner = due.stream().collect(Collectors.groupingBy(Due::ownerId,
                        LinkedHashMap::new, Collectors.mapping(Due::name, Collectors.toList())));
                byOwner.forEach((owner, names) -> notifications.notify(owner, "poolReturnWarning",
                        SubjectRef.of(CustomerRecordTypes.POOL, pool.id()),
                        criterion.code().equals(NO_FOLLOW_UP) ? "notification.pool.returnWarningNoFollowUp"
                                : "notification.pool.returnWarningNoDeal",
                        names.size(), warnDays, pool.name(), sample(names)));
                return due.size();
            });
            total += done == null ? 0 : done;
            if (done == null || done < batch) {
                return total;
            }
        }
    }

    /** The first few names, for a notification text. */
    private static String sample(List<String> names) {
        String shown = names.stream().limit(5).collect(Collectors.joining("、"));
        return names.size() > 5 ? shown + "…" : shown;
    }
}
