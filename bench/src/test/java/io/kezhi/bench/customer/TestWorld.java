package io.kezhi.bench.customer;

import io.kezhi.bench.db.BulkLoader;
import io.kezhi.bench.db.RowBuffer;
import io.kezhi.bench.db.Table;
import io.kezhi.bench.organisation.Branch;
import io.kezhi.bench.organisation.Organisation;
import io.kezhi.bench.organisation.OrganisationPlan;
import io.kezhi.bench.values.RegionCatalog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generation world without application or database: the planned company with made-up ids and paths
 * built the way the application builds them, the built-in dictionaries' codes, and buffers in memory.
 */
final class TestWorld {

    static final Instant AS_OF = Instant.parse("2026-12-01T00:00:00Z");
    static final Map<String, List<String>> DICTIONARIES = Map.of(
            CompanyDictionaries.SOURCE, List.of("telemarketing", "online", "referral", "campaign", "exhibition"),
            CompanyDictionaries.INDUSTRY, List.of("manufacturing", "it", "finance", "media", "other"),
            CompanyDictionaries.LEVEL, List.of("close", "good", "fair", "poor"),
            CompanyDictionaries.STAFF_SIZE, List.of("s1_20", "s21_100", "s101_500"),
            CompanyDictionaries.FOLLOW_UP_TYPE, List.of("call", "visit", "email", "wechat", "meeting", "other"));
    static final RegionCatalog REGIONS = RegionCatalog.load();

    private TestWorld() {
    }

    static CustomerWorld of(int users, long seed) {
        OrganisationPlan plan = OrganisationPlan.of(users, seed);
        long root = 1000;
        Map<String, Organisation.Department> departments = new LinkedHashMap<>();
        departments.put(OrganisationPlan.COMPANY_NAME, new Organisation.Department(root, OrganisationPlan.COMPANY_NAME,
                "/" + root + "/"));
        long next = 2000;
        for (OrganisationPlan.PlannedDepartment d : plan.departments()) {
            String parentPath = d.parent() == null ? "/" + root + "/" : departments.get(d.parent()).path();
            long id = next++;
            departments.put(d.name(), new Organisation.Department(id, d.name(), parentPath + id + "/"));
        }
        List<Organisation.User> people = new ArrayList<>();
        people.add(new Organisation.User(1001, "admin", null, root, "/" + root + "/", null, OrganisationPlan.COMPANY_NAME));
        long userId = 5000;
        for (OrganisationPlan.PlannedUser u : plan.users()) {
            Organisation.Department d = departments.get(u.department());
            people.add(new Organisation.User(userId++, u.username(), u.role(), d.id(), d.path(), u.branch(), d.name()));
        }
        people.sort(java.util.Comparator.comparing(Organisation.User::username));
        Organisation organisation = new Organisation(7, root, people.get(0), plan, departments, List.copyOf(people));
        List<Pools.Pool> pools = new ArrayList<>();
        for (Branch b : plan.branches()) {
            Organisation.Department d = departments.get(b.name());
            pools.add(new Pools.Pool(9000 + pools.size(), b.cityName() + "公海", d.id(), d.path()));
        }
        return new CustomerWorld(seed, AS_OF, 1_000_000, organisation, new Pools(pools),
                new CompanyDictionaries(DICTIONARIES), REGIONS, new Owners(organisation, seed));
    }

    /** Generates customers in the given order into memory; rows by table name. */
    static Map<String, List<List<Object>>> generate(CustomerWorld world, int... indexes) {
        CustomerGenerator generator = new CustomerGenerator(world);
        MemoryLoader loader = new MemoryLoader();
        CustomerChunk chunk = new CustomerChunk(loader);
        for (int i : indexes) {
            generator.generate(i, chunk);
        }
        Map<String, List<List<Object>>> rows = new HashMap<>();
        for (RowBuffer buffer : chunk.inWriteOrder()) {
            rows.put(buffer.table().name(), ((MemoryBuffer) buffer).rows);
        }
        return rows;
    }

    static int column(Table table, String name) {
        int at = table.columns().indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException(table.name() + " has no column " + name);
        }
        return at;
    }

    private static final class MemoryBuffer implements RowBuffer {
        private final Table table;
        private final List<List<Object>> rows = new ArrayList<>();

        MemoryBuffer(Table table) {
            this.table = table;
        }

        @Override
        public Table table() {
            return table;
        }

        @Override
        public void add(Object... values) {
            if (values.length != table.columns().size()) {
                throw new AssertionError(table.name() + ": " + values.length + " values");
            }
            rows.add(java.util.Arrays.asList(values));
        }

        @Override
        public int rows() {
            return rows.size();
        }

        @Override
        public void complete() {
        }
    }

    private static final class MemoryLoader implements BulkLoader {
        @Override
        public RowBuffer buffer(Table table) {
            return new MemoryBuffer(table);
        }

        @Override
        public void write(List<RowBuffer> buffers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
        }
    }
}
