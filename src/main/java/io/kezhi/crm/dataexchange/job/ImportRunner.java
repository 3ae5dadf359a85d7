package io.kezhi.crm.dataexchange.job;

import io.kezhi.crm.shared.jobs.JobAttributes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Runs import work on the application's task executor as the user who asked for it (so the
 * tenant, the permissions and the audit trail are theirs), once the request's transaction has
 * committed the job's new status. Each run keeps what a request would keep for its length
 * ({@link JobAttributes}): the user's access profile is built once a run, not once per owner checked.
 */
@Component
class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final TaskExecutor executor;

    ImportRunner(@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.executor = executor;
    }

    void startAfterCommit(Runnable work) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        Runnable task = () -> runAs(user, work);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    executor.execute(task);
                }
            });
        } else {
            executor.execute(task);
        }
    }

    private static void runAs(Authentication user, Runnable work) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user);
        SecurityContextHolder.setContext(context);
        JobAttributes attributes = new JobAttributes();
        RequestContextHolder.setRequestAttributes(attributes);
        try {
            work.run();
        } catch (RuntimeException e) {
            log.error("Import work failed", e);
        } finally {
            RequestContextHolder.resetRequestAttributes();
            try {
                attributes.completed();
            } finally {
                SecurityContextHolder.clearContext(); // even when a completion callback fails: a pooled thread
            }
        }
    }
}
