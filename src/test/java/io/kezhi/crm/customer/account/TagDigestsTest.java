package io.kezhi.crm.customer.account;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.testsupport.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The copy of a customer's tags ({@link TagDigests}): as the entity writes it, as the migration computes
 * it for tags written before it, and kept with the tags through edits and batch tagging.
 */
class TagDigestsTest extends CustomerApiTest {

    private static final String LONG_TAG = "一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二";

    @Test
    void aDigestIsTheFirstSixteenHexDigitsOfTheTagsMd5() {
        // md5("VIP") = 5a11e0bd65af4274..., md5("重点客户") in UTF-8 = 2890f55fe88695cb...
        assertThat(TagDigests.digest("VIP")).isEqualTo("5a11e0bd65af4274");
        assertThat(TagDigests.digest("重点客户")).isEqualTo("2890f55fe88695cb");
        assertThat(TagDigests.of(List.of("VIP", "重点客户"))).isEqualTo(" 2890f55fe88695cb 5a11e0bd65af4274 ");
        assertThat(TagDigests.of(Set.of())).isNull();
        assertThat(TagDigests.needle("VIP")).isEqualTo(" 5a11e0bd65af4274 ");
    }

    @Test
    void theMigrationComputesTheCopyAsTheApplicationDoes() throws Exception {
        Sales s = sales();
        Map<Long, List<String>> tagged = new LinkedHashMap<>();
        for (List<String> tags : List.of(List.of("VIP"), List.of("重点客户", "VIP", "a b", LONG_TAG),
                List.of("Zz", "10", "9", "华东"))) {
            tagged.put(taggedCustomer(s.rep1(), "迁移客户" + tagged.size(), tags), tags);
        }
        long untagged = customer(s.rep1(), "无标签客户");
        for (Map.Entry<Long, List<String>> customer : tagged.entrySet()) {
            assertThat(digestsOf(customer.getKey())).as("written by the entity")
                    .isEqualTo(TagDigests.of(customer.getValue()));
        }

        fixtures.jdbc().sql("UPDATE customer SET tag_digests = NULL WHERE tenant_id = :t")
                .param("t", s.company().id()).update();
        fixtures.jdbc().sql(migrationUpdate()).update();

        for (Map.Entry<Long, List<String>> customer : tagged.entrySet()) {
            assertThat(digestsOf(customer.getKey())).as("computed by the migration")
                    .isEqualTo(TagDigests.of(customer.getValue()));
        }
        assertThat(digestsOf(untagged)).isNull();
    }

    @Test
    void editingTheTagsRewritesTheCopy() throws Exception {
        Sales s = sales();
        long id = taggedCustomer(s.rep1(), "改标签客户", List.of("旧", "留"));
        patch(s.rep1(), "/api/v1/customers/" + id, Map.of("tags", List.of("留", "新")), customerVersion(s.rep1(), id))
                .expect(200);
        assertThat(digestsOf(id)).isEqualTo(TagDigests.of(List.of("留", "新")));
        assertThat(listedIds(s.rep1(), "tag=新")).containsExactly(id);

        patch(s.rep1(), "/api/v1/customers/" + id, Map.of("tags", List.of()), customerVersion(s.rep1(), id))
                .expect(200);
        assertThat(digestsOf(id)).isNull();
        assertThat(listedIds(s.rep1(), "tag=留")).isEmpty();
    }

    private String digestsOf(long customerId) {
        return fixtures.jdbc().sql("SELECT tag_digests FROM customer WHERE id = :id").param("id", customerId)
                .query(String.class).optional().orElse(null);
    }

    /** The statement of this database's migration that fills the copy. */
    private static String migrationUpdate() throws IOException {
        String file = "db/migration/" + (TestDatabase.kind() == TestDatabase.Kind.MARIADB ? "mariadb" : "postgresql")
                + "/V2_32__customer_tag_digests_filled.sql";
        try (InputStream in = TagDigestsTest.class.getClassLoader().getResourceAsStream(file)) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = sql.indexOf("UPDATE customer");
            return sql.substring(start, sql.indexOf(';', start));
        }
    }
}
