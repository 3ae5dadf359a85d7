package io.kezhi.bench.customer;

import io.kezhi.bench.api.ApiClient;
import io.kezhi.bench.generate.GenerationContext;
import io.kezhi.bench.generate.Progress;
import io.kezhi.bench.generate.Step;
import io.kezhi.bench.organisation.Branch;
import io.kezhi.bench.organisation.Organisation;
import io.kezhi.bench.organisation.OrganisationStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A customer pool (公海) for every branch, created through the API with a return rule (customers without
 * a follow-up for 90 days go back), as a branch would set it up. The company pool at the root exists
 * from the company's creation.
 */
public final class PoolStep implements Step {

    @Override
    public String name() {
        return "pools";
    }

    @Override
    public void run(GenerationContext context) {
        Organisation organisation = context.get(Organisation.class);
        ApiClient admin = OrganisationStep.signedIn(context);
        List<Pools.Pool> pools = new ArrayList<>();
        for (Branch branch : organisation.plan().branches()) {
            Organisation.Department department = organisation.department(branch.name());
            String name = branch.cityName() + "公海";
            Map<String, Object> body = new HashMap<>();
            body.put("name", name);
            body.put("departmentId", department.id());
            body.put("description", branch.name() + "的公海客户，分公司全员可领取");
            body.put("maxOwnedPerUser", 2000);
            body.put("cooldownDays", 7);
            body.put("exemptWonDeal", true);
            body.put("exemptOpenOpportunity", true);
            body.put("enabled", true);
            body.put("rules", List.of(Map.of("valueClass", "ANY", "noFollowUpDays", 90, "warnDays", 7)));
            body.put("members", List.of());
            long id = admin.post("/api/v1/customer-pools", body).ok().get("id").asLong();
            pools.add(new Pools.Pool(id, name, department.id(), department.path()));
        }
        Progress.log("created %d branch pools through the API", pools.size());
        context.put(Pools.class, new Pools(List.copyOf(pools)));
    }
}
