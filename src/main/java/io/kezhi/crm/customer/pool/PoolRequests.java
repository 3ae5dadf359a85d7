package io.kezhi.crm.customer.pool;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the pool API. */
public final class PoolRequests {

    private PoolRequests() {
    }

    public record PoolRuleInput(@NotNull @Pattern(regexp = "^(ANY|KEY|MAJOR|NORMAL|SMALL)$") String valueClass,
            @Min(1) @Max(3650) Integer noFollowUpDays, @Min(1) @Max(3650) Integer noDealDays,
            @Min(0) @Max(365) Integer warnDays) {
    }

    public record PoolMemberInput(@NotNull PoolMember.Type memberType, @NotNull Long memberId) {
    }

    /** Create (with departmentId) or full replacement of a pool's settings. */
    public record SavePool(@NotBlank @Size(max = 64) String name, Long departmentId, @Size(max = 255) String description,
            @Min(1) @Max(100000) Integer maxOwnedPerUser, @Min(0) @Max(365) Integer cooldownDays,
            Boolean exemptWonDeal, Boolean exemptOpenOpportunity, Boolean enabled,
            @Size(max = 5) List<@Valid PoolRuleInput> rules, @Size(max = 200) List<@Valid PoolMemberInput> members,
            Long version) {
    }

    public record ClaimCustomers(@NotNull @Size(min = 1, max = 200) List<Long> ids) {
    }

    public record AssignCustomers(@NotNull @Size(min = 1, max = 1000) List<Long> ids, @NotNull Long toUserId) {
    }

    public record ReturnCustomers(@NotNull @Size(min = 1, max = 1000) List<Long> ids,
            @NotBlank @Size(max = 500) String reason) {
    }
}
