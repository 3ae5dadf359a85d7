package io.kezhi.crm.testsupport;

import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips database tests, with the reason, when the requested external database is absent, except
 * under {@code CI=true}, where they run and fail so that a missing database cannot go unnoticed.
 */
public class TestDatabaseCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<String> reason = TestDatabase.unavailableReason();
        if (reason.isEmpty()) {
            return ConditionEvaluationResult.enabled("database " + TestDatabase.kind() + " available");
        }
        if (TestDatabase.ci()) {
            return ConditionEvaluationResult.enabled("CI=true: running against the missing database to fail: "
                    + reason.get());
        }
        return ConditionEvaluationResult.disabled("SKIPPED (KEZHI_TEST_DB=" + TestDatabase.kind() + "): "
                + reason.get());
    }
}
