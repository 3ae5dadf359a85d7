package io.kezhi.crm.customer.pool;

import io.kezhi.crm.identity.AccessProfile;
import io.kezhi.crm.identity.DepartmentDirectory;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which pool serves a place in the department tree, and who belongs to a pool. A customer returned
 * by someone in 北京销售一部 goes to the nearest pool up the tree (北京分公司's if it has one), and
 * to the company pool at the root otherwise — created on first need.
 */
@Component
public class PoolDirectory {

    /** A pool with its department's path. */
    public record PlacedPool(long id, String name, long departmentId, String departmentPath, boolean enabled) {
    }

    private final CustomerPoolRepository pools;
    private final DepartmentDirectory departments;
    private final TenantJdbc jdbc;

    PoolDirectory(CustomerPoolRepository pools, DepartmentDirectory departments, TenantJdbc jdbc) {
        this.pools = pools;
        this.departments = departments;
        this.jdbc = jdbc;
    }

    public List<PlacedPool> all() {
        return jdbc.sql("""
                SELECT p.id, p.name, p.department_id, d.path AS department_path, p.enabled
                FROM customer_pool p JOIN department d ON d.id = p.department_id
                WHERE p.tenant_id = :tenantId ORDER BY d.path""").query(PlacedPool.class).list();
    }

    public Optional<PlacedPool> find(long poolId) {
        return all().stream().filter(p -> p.id() == poolId).findFirst();
    }

    /** The nearest enabled pool at or above the department path; the company pool if none. */
    public PlacedPool poolFor(String departmentPath) {
        return all().stream().filter(PlacedPool::enabled).filter(p -> departmentPath.startsWith(p.departmentPath()))
                .max(Comparator.comparingInt(p -> p.departmentPath().length()))
                .orElseGet(this::companyPool);
    }

    /** Whether the user may see and claim the pool's customers. */
    public boolean isMember(PlacedPool pool, AccessProfile user) {
        if (user.departmentPath().startsWith(pool.departmentPath())) {
            return true;
        }
        List<Long> departments = user.departmentAndAncestors();
        return jdbc.sql("""
                SELECT COUNT(*) FROM customer_pool_member m JOIN customer_pool p ON p.id = m.pool_id
                WHERE p.tenant_id = :tenantId AND m.pool_id = :pool AND ((m.member_type = 'USER' AND m.member_id = :user)
                   OR (m.member_type = 'DEPARTMENT' AND m.member_id IN (:depts)))""",
                Map.of("pool", pool.id(), "user", user.userId(), "depts", departments)).query(Long.class).single() > 0;
    }

    /** The pools the user belongs to. */
    public List<PlacedPool> poolsOf(AccessProfile user) {
        return all().stream().filter(p -> p.enabled() && isMember(p, user)).toList();
    }

    private PlacedPool companyPool() {
        DepartmentDirectory.DirectoryDepartment root = departments.all().stream()
                .filter(d -> d.parentId() == null).findFirst()
                .orElseThrow(() -> new IllegalStateException("Company without a root department"));
        CustomerPool pool = pools.findByDepartmentId(root.id()).orElseGet(() -> {
            CustomerPool created = new CustomerPool("公司公海", root.id());
            return pools.saveAndFlush(created);
        });
        return new PlacedPool(pool.getId(), pool.getName(), root.id(), root.path(), pool.isEnabled());
    }
}
