package io.kezhi.crm.customer.followup;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Request bodies of the follow-up API. */
public final class FollowUpRequests {

    private FollowUpRequests() {
    }

    public record CreateFollowUp(@NotBlank @Size(max = 64) String followType,
            @NotBlank @Size(max = 10000) String content, @NotNull Instant occurredAt, Long contactId,
            Instant nextFollowUpAt, @Size(max = 500) String nextAction) {
    }

    /** Patch: null leaves a field unchanged. */
    public record UpdateFollowUp(@Size(min = 1, max = 64) String followType, @Size(min = 1, max = 10000) String content,
            Instant occurredAt, Long contactId, Instant nextFollowUpAt, @Size(max = 500) String nextAction,
            Boolean clearNextFollowUp, Long version) {
    }
}
