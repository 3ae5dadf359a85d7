package io.kezhi.bench.generate;

import io.kezhi.bench.check.SanityChecks;
import io.kezhi.bench.customer.CustomerStep;
import io.kezhi.bench.customer.PoolStep;
import io.kezhi.bench.db.Database;
import io.kezhi.bench.db.SecondaryIndexes;
import io.kezhi.bench.db.TableStatistics;
import io.kezhi.bench.organisation.BenchRole;
import io.kezhi.bench.organisation.OrganisationPlan;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The deterministic data generator: creates the bench company through the running application's API,
 * then loads each module's data in bulk into its tables, rebuilds the indexes, analyses, checks the
 * application works on the result and writes the summary. See docs/performance.md.
 */
public final class Generate {

    /** The steps through the API, in order. */
    static List<Step> apiSteps() {
        return List.of(new io.kezhi.bench.organisation.OrganisationStep(), new PoolStep());
    }

    /** The bulk steps, in order; opportunities, contracts and receivables come here when their modules land. */
    static List<BulkStep> bulkSteps() {
        return List.of(new CustomerStep());
    }


    public static void main(String[] args) throws Exception {
        GeneratorOptions options;
        try {
            options = GeneratorOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        boolean passed = new Generate().run(options);
        System.exit(passed ? 0 : 1);
    }

    boolean run(GeneratorOptions options) throws Exception {
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        Database database = new Database(options.vendor(), options.jdbcUrl(), options.jdbcUser(),
                options.jdbcPassword());
        GenerationContext context = new GenerationContext(options, database);
        Summary summary = new Summary(options, started);
        Progress.log("generating on %s: scale %s (%,d users, %,d customers), seed %d, %d threads", options.vendor(),
                options.scale(), Math.max(OrganisationPlan.MIN_USERS, options.users()), options.customers(),
                options.seed(), options.threads());
        for (Step step : apiSteps()) {
            timed(summary, step.name(), () -> step.run(context));
        }
        List<String> tables = new ArrayList<>();
        bulkSteps().forEach(s -> tables.addAll(s.tables()));
        SecondaryIndexes indexes = SecondaryIndexes.of(database, tables);
        timed(summary, "drop " + indexes.indexes().size() + " secondary indexes", indexes::drop);
        for (BulkStep step : bulkSteps()) {
            timed(summary, step.name(), () -> step.run(context));
        }
        timed(summary, "re-create secondary indexes", () -> indexes.recreate(tables));
        timed(summary, "analyze", () -> TableStatistics.analyze(database, tables));
        timed(summary, "analyze the tables written through the API", () -> TableStatistics.analyzeAllBut(database, tables));
        long loadNanos = System.nanoTime() - t0;

        List<String> counted = new ArrayList<>(List.of("department", "app_user", "app_role", "customer_pool"));
        counted.addAll(tables);
        Map<String, Long> rows = TableStatistics.rowCounts(database, counted);
        Progress.log("rows: %s", rows);
        summary.put("rows", rows);
        summary.put("generationSeconds", Math.round(loadNanos / 1e7) / 100.0);
        Progress.log("sanity checks (response times for information):");
        Map<String, String> usernames = new LinkedHashMap<>();
        logins().forEach((scope, login) -> usernames.put(scope, login.username()));
        List<SanityChecks.Check> checks = new SanityChecks(context).run(usernames);
        summary.checks(checks);
        long bytes = TableStatistics.databaseBytes(database);
        summary.put("databaseBytes", bytes);
        summary.put("logins", logins());
        summary.put("wallSeconds", Math.round((System.nanoTime() - t0) / 1e7) / 100.0);
        summary.write(options);
        boolean passed = checks.stream().allMatch(SanityChecks.Check::passed);
        Progress.log("done in %s (data loaded in %s); database %,d MB; summary in %s%s",
                Progress.clock(System.nanoTime() - t0), Progress.clock(loadNanos), bytes / (1024 * 1024),
                options.summary(), passed ? "" : "; SOME SANITY CHECKS FAILED");
        return passed;
    }

    /** Users whose sign-in the load scenarios use, by the customer data scope their role has. */
    static Map<String, Summary.Login> logins() {
        Map<String, Summary.Login> logins = new LinkedHashMap<>();
        logins.put("own", new Summary.Login("rep0001", OrganisationPlan.PASSWORD, BenchRole.SALES_REP.roleName(),
                "OWN"));
        logins.put("department", new Summary.Login("manager01", OrganisationPlan.PASSWORD,
                BenchRole.SALES_MANAGER.roleName(), "DEPARTMENT"));
        logins.put("departmentTree", new Summary.Login("branch01", OrganisationPlan.PASSWORD,
                BenchRole.BRANCH_DIRECTOR.roleName(), "DEPARTMENT_TREE"));
        logins.put("all", new Summary.Login("admin", OrganisationPlan.PASSWORD, "系统管理员", "ALL"));
        return logins;
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void timed(Summary summary, String name, Work work) throws Exception {
        Progress.log("%s ...", name);
        long started = System.nanoTime();
        work.run();
        long nanos = System.nanoTime() - started;
        summary.step(name, nanos);
        Progress.log("%s: %s", name, Progress.clock(nanos));
    }
}
