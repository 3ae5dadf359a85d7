package io.kezhi.crm.customer.merge;

import static io.kezhi.crm.testsupport.TestCompany.all;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerRecordTypes;
import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.FieldAccess;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.TestCompany;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Who may merge what: edit on the survivor, delete on each merged customer (they leave the lists), and
 * fields the caller may not edit can be neither chosen nor changed nor shown by a merge.
 */
class MergeAccessTest extends MergeScenario {

    /** Everything about the two customers and their related rows, to prove a refusal changed nothing. */
    private List<Object> state(Duplicates d) throws Exception {
        List<Object> state = new ArrayList<>();
        state.add(fields(d.s().admin(), d.survivor()));
        state.add(fields(d.s().admin(), d.duplicate()));
        state.add(contacts(d.s().admin(), d.survivor()));
        state.add(contacts(d.s().admin(), d.duplicate()));
        state.add(followUpRows(d.duplicate()));
        state.add(shareRows(d.duplicate()));
        state.add(ownershipEvents(d.survivor()));
        state.add(ownershipEvents(d.duplicate()));
        return state;
    }

    @Test
    void mergingNeedsEditOnTheSurvivorAndDeleteOnTheMerged() throws Exception {
        Duplicates d = duplicates();
        Sales s = d.s();
        TestCompany company = s.company();
        long editorRole = company.role("客户编辑", all(CustomerRecordTypes.CUSTOMER, DataScope.DEPARTMENT,
                Operation.VIEW, Operation.EDIT));
        KezhiPrincipal editor = company.user("editor", s.team1(), null, editorRole);
        long theirs = customer(s.rep3(), "华为技术（二部）");
        List<Object> before = state(d);

        merge(editor, d.survivor(), List.of(d.duplicate()), Map.of()).expect(403);
        merge(s.rep1(), d.survivor(), List.of(theirs), Map.of()).expect(404);
        merge(s.rep3(), theirs, List.of(d.duplicate()), Map.of()).expect(404);
        merge(s.auditor(), d.survivor(), List.of(d.duplicate()), Map.of()).expect(403);
        assertThat(state(d)).isEqualTo(before);
        assertThat(placement(theirs).deleted()).isFalse();

        merge(s.director(), theirs, List.of(d.duplicate()), Map.of()).expect(200);
        assertThat(placement(d.duplicate()).deleted()).isTrue();

        // contacts and follow-ups went from rep1's customer to rep3's and come back (ApiTest checks
        // that their copies of the owner followed both ways)
        long mergeId = get(s.director(), "/api/v1/customers/" + theirs + "/merges").expect(200).body().get(0)
                .get("id").asLong();
        post(s.director(), "/api/v1/customer-merges/" + mergeId + "/undo", Map.of()).expect(200);
        assertThat(placement(d.duplicate()).deleted()).isFalse();
    }

    @Test
    void invalidRequestsAreRefusedNamingTheField() throws Exception {
        Duplicates d = duplicates();
        Sales s = d.s();
        List<Object> before = state(d);
        long version = customerVersion(s.rep1(), d.survivor());

        assertThat(post(s.rep1(), "/api/v1/customers/merge", Map.of("survivorId", d.survivor(), "mergedIds",
                List.of(d.survivor()), "version", version)).expect(400).errorFields()).containsExactly("mergedIds");
        assertThat(post(s.rep1(), "/api/v1/customers/merge", Map.of("survivorId", d.survivor(), "mergedIds",
                List.of(d.duplicate(), d.duplicate()), "version", version)).expect(400).errorFields())
                .containsExactly("mergedIds");
        assertThat(post(s.rep1(), "/api/v1/customers/merge", Map.of("survivorId", d.survivor(), "mergedIds",
                List.of(), "version", version)).expect(400).errorFields()).containsExactly("mergedIds");
        assertThat(merge(s.rep1(), d.survivor(), List.of(d.duplicate()), Map.of("ownerId", d.duplicate(),
                "name", 999_999_999L)).expect(400).errorFields()).containsExactlyInAnyOrder("values.ownerId",
                "values.name");
        post(s.rep1(), "/api/v1/customers/merge", Map.of("survivorId", d.survivor(), "mergedIds",
                List.of(d.duplicate()), "version", version - 1)).expect(409);
        assertThat(state(d)).isEqualTo(before);
    }

    @Test
    void fieldsTheCallerMayNotEditCanNeitherBeChosenNorChangedNorShown() throws Exception {
        Duplicates d = duplicates();
        Sales s = d.s();
        TestCompany company = s.company();
        long clerkRole = company.role("销售助理", all(CustomerRecordTypes.CUSTOMER, DataScope.DEPARTMENT),
                List.of(new TestCompany.FieldRule(CustomerRecordTypes.CUSTOMER, "phone", FieldAccess.HIDDEN),
                        new TestCompany.FieldRule(CustomerRecordTypes.CUSTOMER, "email", FieldAccess.READ_ONLY)));
        KezhiPrincipal clerk = company.user("clerk", s.team1(), null, clerkRole);
        List<Object> before = state(d);

        Response refused = merge(clerk, d.survivor(), List.of(d.duplicate()), Map.of("phone", d.duplicate(),
                "email", d.duplicate())).expect(403);
        assertThat(refused.errorFields()).containsExactlyInAnyOrder("values.phone", "values.email");
        assertThat(refused.body().toString()).doesNotContain("88880002").doesNotContain("contact@huawei.example");
        assertThat(state(d)).isEqualTo(before);

        JsonNode merged = merge(clerk, d.survivor(), List.of(d.duplicate()), Map.of("name", d.duplicate()))
                .expect(200).body();
        assertThat(merged.has("phone")).as("hidden from the clerk").isFalse();
        assertThat(merged.get("name").asString()).isEqualTo("华为技术有限公司");
        assertThat(merged.hasNonNull("email")).as("read-only for the clerk: not filled in by the merge").isFalse();
        JsonNode survivor = fields(s.admin(), d.survivor());
        assertThat(survivor.get("phone").asString()).isEqualTo("+861088880001");
        assertThat(survivor.hasNonNull("email")).isFalse();
        assertThat(survivor.get("industry").asString()).as("editable fields still fill in").isEqualTo("it");
        assertThat(survivor.get("remark").asString()).isEqualTo("从展会获得");
    }
}
