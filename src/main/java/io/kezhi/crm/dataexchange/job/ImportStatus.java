package io.kezhi.crm.dataexchange.job;

/** Where an import job is. */
public enum ImportStatus {
    UPLOADED, VALIDATING, VALIDATED, FAILED, COMMITTING, DONE;

    /** Still running in the background. */
    public boolean running() {
        return this == VALIDATING || this == COMMITTING;
    }
}
