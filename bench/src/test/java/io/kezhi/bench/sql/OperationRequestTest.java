package io.kezhi.bench.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OperationRequestTest {

    private static final Map<String, String> REP = Map.of("scope", "OWN", "customers", "11 22 33");
    private static final Map<String, List<String>> FEEDERS = Map.of("list-filters",
            List.of("page=1&size=20", "tag=渠道客户&sort=name,asc&page=1&size=20"), "search-name-infix", List.of("鼎盛"),
            "follow-up-types", List.of("call"));

    @Test
    void theRequestsTheLoadScenariosSend() {
        assertThat(OperationRequest.of("customer-list", REP, 1, FEEDERS).path())
                .isEqualTo("/api/v1/customers?tag=%E6%B8%A0%E9%81%93%E5%AE%A2%E6%88%B7&sort=name%2Casc&page=1&size=20&total=true");
        assertThat(OperationRequest.of("search-name-infix", REP, 0, FEEDERS).path())
                .isEqualTo("/api/v1/customers?q=%E9%BC%8E%E7%9B%9B&page=1&size=20&total=true");
        assertThat(OperationRequest.of("customer-360", REP, 4, FEEDERS).path()).isEqualTo("/api/v1/customers/22/overview");
        assertThat(OperationRequest.of("follow-up-list", REP, 0, FEEDERS).path())
                .isEqualTo("/api/v1/follow-ups?page=1&size=20&total=true");
        OperationRequest followUp = OperationRequest.of("follow-up-entry", REP, 0, FEEDERS);
        assertThat(followUp.method()).isEqualTo("POST");
        assertThat(followUp.path()).isEqualTo("/api/v1/customers/11/follow-ups");
        assertThat(followUp.body()).contains("\"followType\":\"call\"");
    }
}
