package io.kezhi.crm.dataexchange.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.shared.jpa.TenantJdbc;
import io.kezhi.crm.shared.tenant.TenantContext;
import io.kezhi.crm.testsupport.ImportSupport;
import io.kezhi.crm.testsupport.TestClock;
import io.kezhi.crm.testsupport.TestCompany;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Stalled jobs are marked failed; abandoned ones are discarded with their files. */
class ImportJobSweeperTest extends ImportSupport {

    @Autowired
    ImportJobSweeper sweeper;

    @Autowired
    TestClock clock;

    @Autowired
    TenantJdbc jdbc;

    @Autowired
    ImportFileStore files;

    @Test
    void stalledJobsFailAndAbandonedOnesAreDiscarded() throws Exception {
        TestCompany company = fixtures.company();
        KezhiPrincipal admin = company.admin();
        long abandoned = upload(admin, "old.csv", csv("客户名称\n甲\n")).expect(201).id();
        long stalled = upload(admin, "running.csv", csv("客户名称\n乙\n")).expect(201).id();
        String fileKey = TenantContext.callAs(company.id(), () -> jdbc.sql("UPDATE import_job SET status = 'VALIDATING'"
                + " WHERE tenant_id = :tenantId AND id = :id", Map.of("id", stalled)).update() > 0
                ? jdbc.sql("SELECT file_key FROM import_job WHERE tenant_id = :tenantId AND id = :id",
                        Map.of("id", abandoned)).query(String.class).single() : null);
        assertThat(Files.exists(files.path(fileKey))).isTrue();

        TenantContext.runAs(company.id(), sweeper::sweep);
        assertThat(get(admin, "/api/v1/imports/" + stalled).body().get("status").asString()).isEqualTo("VALIDATING");

        clock.advance(Duration.ofDays(8));
        try {
            TenantContext.runAs(company.id(), sweeper::sweep);
        } finally {
            clock.reset();
        }
        Response failed = get(admin, "/api/v1/imports/" + stalled).expect(200);
        assertThat(failed.body().get("status").asString()).isEqualTo("FAILED");
        assertThat(failed.body().get("failure").asString()).contains("中断");
        assertThat(get(admin, "/api/v1/imports/" + abandoned).status()).isEqualTo(404);
        assertThat(Files.exists(files.path(fileKey))).isFalse();
    }
}
