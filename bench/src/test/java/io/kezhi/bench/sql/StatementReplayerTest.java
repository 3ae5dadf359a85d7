package io.kezhi.bench.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class StatementReplayerTest {

    @Test
    void valuesWrittenInAsQuotedLiterals() {
        String sql = "SELECT * FROM t WHERE a = $1 AND b = $10 AND c IS $2";
        String inlined = StatementReplayer.inline(sql, Arrays.asList("1", null, "3", "4", "5", "6", "7", "8", "9",
                "it's"));
        assertThat(inlined).isEqualTo("SELECT * FROM t WHERE a = '1' AND b = 'it''s' AND c IS NULL");
    }
}
