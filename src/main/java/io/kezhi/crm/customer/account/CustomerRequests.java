package io.kezhi.crm.customer.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** Request bodies of the customer API. */
public final class CustomerRequests {

    private CustomerRequests() {
    }

    /**
     * @param ownerId          the owner; left out: the caller
     * @param toPool           true: the customer goes straight into the caller's department pool
     * @param ignoreDuplicates true: create even though possible duplicates were reported (warn mode)
     */
    public record CreateCustomer(
            @NotBlank @Size(max = 200) String name,
            @NotNull CustomerType customerType,
            @Size(max = 64) String source,
            @Size(max = 64) String industry,
            ValueClass valueClass,
            @Size(max = 64) String relationshipLevel,
            CustomerStatus status,
            LifecycleStage lifecycleStage,
            @Size(max = 6) String provinceCode,
            @Size(max = 6) String cityCode,
            @Size(max = 6) String districtCode,
            @Size(max = 300) String address,
            @Size(max = 64) String staffSize,
            @Size(max = 32) String phone,
            @Size(max = 32) String phone2,
            @Email @Size(max = 254) String email,
            @Size(max = 200) String website,
            @Size(max = 32) String idNumber,
            @Size(max = 64) String membershipNo,
            @Min(0) @Max(1_000_000_000_000L) Long points,
            @Size(max = 2000) String remark,
            @Size(max = 20) Set<@Size(max = 32) String> tags,
            Long ownerId,
            Boolean toPool,
            Boolean ignoreDuplicates) {
    }

    /** Patch: null leaves a field unchanged; an empty string clears an optional text field. */
    public record UpdateCustomer(
            @Size(min = 1, max = 200) String name,
            CustomerType customerType,
            @Size(max = 64) String source,
            @Size(max = 64) String industry,
            ValueClass valueClass,
            @Size(max = 64) String relationshipLevel,
            CustomerStatus status,
            LifecycleStage lifecycleStage,
            @Size(max = 6) String provinceCode,
            @Size(max = 6) String cityCode,
            @Size(max = 6) String districtCode,
            @Size(max = 300) String address,
            @Size(max = 64) String staffSize,
            @Size(max = 32) String phone,
            @Size(max = 32) String phone2,
            @Email @Size(max = 254) String email,
            @Size(max = 200) String website,
            @Size(max = 32) String idNumber,
            @Size(max = 64) String membershipNo,
            @Min(0) @Max(1_000_000_000_000L) Long points,
            @Size(max = 2000) String remark,
            @Size(max = 20) Set<@Size(max = 32) String> tags,
            Boolean ignoreDuplicates,
            Long version) {

        /** The patch that would set every field to the profile's values (for field-policy checks). */
        public static UpdateCustomer of(CustomerProfile p) {
            return new UpdateCustomer(p.name(), p.customerType(), p.source(), p.industry(), p.valueClass(),
                    p.relationshipLevel(), p.status(), p.lifecycleStage(), p.provinceCode(), p.cityCode(),
                    p.districtCode(), p.address(), p.staffSize(), p.phone(), p.phone2(), p.email(), p.website(),
                    p.idNumber(), p.membershipNo(), p.points(), p.remark(), p.tags(), null, null);
        }
    }

    /** Tags to add and remove on many customers at once. */
    public record TagCustomers(@NotNull @Size(min = 1, max = 1000) List<Long> ids,
            @Size(max = 20) Set<@Size(max = 32) String> add, @Size(max = 20) Set<@Size(max = 32) String> remove) {
    }

    public record CustomerIds(@NotNull @Size(min = 1, max = 1000) List<Long> ids) {
    }

    /**
     * The outcome of a batch action: what was done, what was out of the caller's reach, and what was
     * left as it was because it already was as asked (e.g. already owned by the target, already in a pool).
     */
    public record BatchOutcome(List<Long> done, List<Long> refused, List<Long> unchanged) {

        public BatchOutcome(List<Long> done, List<Long> refused) {
            this(done, refused, List.of());
        }

        /** Done: the permitted ids that changed; unchanged: the other permitted ones; refused: the rest. */
        public static BatchOutcome of(List<Long> requested, List<Long> permitted, List<Long> changed) {
            java.util.Set<Long> done = new java.util.HashSet<>(changed);
            java.util.Set<Long> allowed = new java.util.HashSet<>(permitted);
            return new BatchOutcome(List.copyOf(changed),
                    requested.stream().filter(id -> !allowed.contains(id)).distinct().toList(),
                    permitted.stream().filter(id -> !done.contains(id)).distinct().toList());
        }
    }
}
