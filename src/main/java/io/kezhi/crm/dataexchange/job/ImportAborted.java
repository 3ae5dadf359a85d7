package io.kezhi.crm.dataexchange.job;

/** A row failed while committing: the whole import is rolled back. */
class ImportAborted extends RuntimeException {

    private final transient ImportError error;

    ImportAborted(ImportError error) {
        super("Row " + error.row() + " failed: " + error.messageKey());
        this.error = error;
    }

    ImportError error() {
        return error;
    }
}
