package io.kezhi.crm.customer.account;

/** The customer lifecycle: target → potential → opportunity → signed → loyal (→ declining → churned). */
public enum LifecycleStage {
    TARGET, POTENTIAL, OPPORTUNITY, SIGNED, LOYAL, DECLINING, CHURNED
}
