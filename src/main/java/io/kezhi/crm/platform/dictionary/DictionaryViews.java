package io.kezhi.crm.platform.dictionary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Views and request bodies of the dictionary API. */
final class DictionaryViews {

    static final String CODE_PATTERN = "^[a-z0-9][a-z0-9_-]{0,63}$";

    private DictionaryViews() {
    }

    record DictTypeView(long id, String code, String name, String nameEn, String description, boolean builtin,
            long version) {

        static DictTypeView of(DictType t) {
            return new DictTypeView(t.getId(), t.getCode(), t.getName(), t.getNameEn(), t.getDescription(),
                    t.isBuiltin(), t.getVersion());
        }
    }

    record DictItemView(long id, String code, String label, String labelEn, int sortOrder, boolean enabled,
            long version) {

        static DictItemView of(DictItem i) {
            return new DictItemView(i.getId(), i.getCode(), i.getLabel(), i.getLabelEn(), i.getSortOrder(),
                    i.isEnabled(), i.getVersion());
        }
    }

    record CreateDictType(@NotBlank @Pattern(regexp = CODE_PATTERN) String code, @NotBlank @Size(max = 64) String name,
            @Size(max = 64) String nameEn, @Size(max = 255) String description) {
    }

    /** Patch: null leaves a field unchanged. */
    record UpdateDictType(@Size(min = 1, max = 64) String name, @Size(max = 64) String nameEn,
            @Size(max = 255) String description, Long version) {
    }

    record CreateDictItem(@NotBlank @Pattern(regexp = CODE_PATTERN) String code, @NotBlank @Size(max = 64) String label,
            @Size(max = 64) String labelEn, @Min(0) @Max(100000) Integer sortOrder) {
    }

    /** Patch: null leaves a field unchanged. */
    record UpdateDictItem(@Size(min = 1, max = 64) String label, @Size(max = 64) String labelEn,
            @Min(0) @Max(100000) Integer sortOrder, Boolean enabled, Long version) {
    }
}
