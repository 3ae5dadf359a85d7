package io.kezhi.bench.generate;

/**
 * One module's part of the generated data. Steps run in order and leave what later steps need in the
 * context (the organisation, the customers' ids and owners, ...): opportunities, contracts and
 * receivables are added as further steps when the sales and finance modules land.
 */
public interface Step {

    String name();

    void run(GenerationContext context) throws Exception;
}
