package io.kezhi.crm.shared.spi;

/** What a write did. */
public record ImportCounts(int created, int updated, int skipped) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0);

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(created + other.created, updated + other.updated, skipped + other.skipped);
    }
}
