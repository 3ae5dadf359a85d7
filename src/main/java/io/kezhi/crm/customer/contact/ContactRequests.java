package io.kezhi.crm.customer.contact;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Request bodies of the contact API. */
public final class ContactRequests {

    private ContactRequests() {
    }

    public record CreateContact(@NotBlank @Size(max = 64) String name, Gender gender, @Size(max = 64) String title,
            @Size(max = 64) String department, @Size(max = 32) String mobile, @Size(max = 32) String phone,
            @Email @Size(max = 254) String email, @Size(max = 64) String wechat, @Past LocalDate birthday,
            Closeness closeness, Influence influence, DecisionRole decisionRole, Boolean primaryContact,
            @Size(max = 1000) String remark) {
    }

    /** Patch: null leaves a field unchanged; an empty string clears an optional text field. */
    public record UpdateContact(@Size(min = 1, max = 64) String name, Gender gender, @Size(max = 64) String title,
            @Size(max = 64) String department, @Size(max = 32) String mobile, @Size(max = 32) String phone,
            @Email @Size(max = 254) String email, @Size(max = 64) String wechat, @Past LocalDate birthday,
            Closeness closeness, Influence influence, DecisionRole decisionRole, Boolean primaryContact,
            @Size(max = 1000) String remark, Long version) {
    }
}
