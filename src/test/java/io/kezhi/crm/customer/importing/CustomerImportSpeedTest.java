package io.kezhi.crm.customer.importing;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.shared.db.SqlVendor;
import io.kezhi.crm.testsupport.BulkCustomers;
import io.kezhi.crm.testsupport.ImportSupport;
import io.kezhi.crm.testsupport.TestCompany;
import io.kezhi.crm.testsupport.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * How long a large customer import takes: a company with {@code kezhi.perf.existing} customers
 * (20,000) imports a file of {@code kezhi.perf.rows} rows (100,000), a tenth of which name existing
 * customers, once with SKIP and once with UPDATE (each into a company of its own). Prints the time
 * from confirming the mapping to VALIDATED, and from committing to DONE. Not part of the suite:
 * <pre>
 * ./mvnw test -Dfrontend.skip=true -Dtest=CustomerImportSpeedTest -Dkezhi.perf=true [-Dkezhi.perf.jfr=true]
 * </pre>
 * With {@code kezhi.perf.jfr} each run is recorded to {@code target/import-speed-POLICY.jfr};
 * {@code kezhi.perf.policies} (SKIP,UPDATE) chooses the runs. The load average printed with each
 * run tells whether the machine was busy with other work meanwhile.
 */
@Tag("perf")
@EnabledIfSystemProperty(named = "kezhi.perf", matches = "true")
@TestPropertySource(properties = {"kezhi.import.max-rows=200000", "kezhi.import.max-size=50MB",
    "kezhi.import.batch-size=1000", "spring.servlet.multipart.max-file-size=60MB",
    "spring.servlet.multipart.max-request-size=61MB", "kezhi.web.max-body-size=1048576"})
class CustomerImportSpeedTest extends ImportSupport {

    private static final int EXISTING = Integer.getInteger("kezhi.perf.existing", 20_000);
    private static final int ROWS = Integer.getInteger("kezhi.perf.rows", 100_000);

    @Autowired
    private SqlVendor vendor;

    @Autowired
    private BulkCustomers bulkCustomers;

    @Test
    void importsAHundredThousandCustomersIntoACompanyThatHasSome() throws Exception {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        ImportSpeedData.write(file, ROWS, EXISTING, 1, EXISTING);
        List<String> report = new ArrayList<>();
        for (String policy : System.getProperty("kezhi.perf.policies", "SKIP,UPDATE").split(",")) {
            report.add(measure(policy, file.toByteArray()));
        }
        System.out.println("[import-speed] " + TestDatabase.kind() + ", " + ROWS + " rows (" + file.size() / 1024
                + " KB) into " + EXISTING + " customers, " + Runtime.getRuntime().availableProcessors() + " cores");
        report.forEach(line -> System.out.println("[import-speed] " + line));
    }

    private String measure(String policy, byte[] file) throws Exception {
        TestCompany company = fixtures.company();
        KezhiPrincipal admin = company.admin();
        long sales = company.department("销售部", company.rootDepartment());
        for (String owner : ImportSpeedData.OWNERS) {
            company.user(owner, sales, null, company.adminRole());
        }
        seed(company, admin.userId(), EXISTING);
        Response uploaded = upload(admin, "speed.csv", file).expect(201);
        Map<String, String> mapping = new LinkedHashMap<>();
        uploaded.body().get("mapping").properties().forEach(e -> mapping.put(e.getKey(),
                e.getValue().isNull() ? null : e.getValue().asString()));
        Recording recording = startRecording();
        long start = System.nanoTime();
        map(admin, uploaded.id(), mapping, policy).expect(200);
        Response validated = await(admin, uploaded.id());
        long validatedAt = System.nanoTime();
        assertThat(validated.body().get("errorCount").asInt()).as(() -> errors(admin, uploaded.id())).isZero();
        post(admin, "/api/v1/imports/" + uploaded.id() + "/commit", Map.of()).expect(202);
        TreeSet<Integer> progress = new TreeSet<>();
        Response done;
        do {
            Thread.sleep(50);
            done = get(admin, "/api/v1/imports/" + uploaded.id()).expect(200);
            progress.add(done.body().get("processedRows").asInt());
        } while (done.body().get("status").asString().equals("COMMITTING"));
        long doneAt = System.nanoTime();
        stopRecording(recording, policy);
        assertThat(done.body().get("status").asString()).as(done.body().toString()).isEqualTo("DONE");
        return String.format("%-6s validate %6.2f s, commit %6.2f s, total %6.2f s; created %d, updated %d,"
                + " skipped %d; progress seen at %d steps; load average %.1f", policy, (validatedAt - start) / 1e9,
                (doneAt - validatedAt) / 1e9, (doneAt - start) / 1e9, done.body().get("createdCount").asInt(),
                done.body().get("updatedCount").asInt(), done.body().get("skippedCount").asInt(), progress.size(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private String errors(KezhiPrincipal admin, long job) {
        try {
            return get(admin, "/api/v1/imports/" + job + "/errors?size=20").body().toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Existing customers 0..count-1 of {@link ImportSpeedData}, owned by the admin, with their phone index. */
    private void seed(TestCompany company, long ownerId, int count) {
        bulkCustomers.insert(company, ownerId, count, ImportSpeedData::name, ImportSpeedData::phone);
        if (vendor == SqlVendor.POSTGRESQL) {
            fixtures.jdbc().sql("ANALYZE customer").update();
            fixtures.jdbc().sql("ANALYZE phone_lookup").update();
        }
    }

    private static Recording startRecording() throws Exception {
        if (!Boolean.getBoolean("kezhi.perf.jfr")) {
            return null;
        }
        Recording recording = new Recording(jdk.jfr.Configuration.getConfiguration("profile"));
        recording.start();
        return recording;
    }

    private static void stopRecording(Recording recording, String policy) throws Exception {
        if (recording != null) {
            recording.stop();
            Path target = Path.of("target", "import-speed-" + policy + ".jfr");
            Files.deleteIfExists(target);
            recording.dump(target);
            recording.close();
            System.out.println("[import-speed] recorded " + target.toAbsolutePath());
        }
    }
}
