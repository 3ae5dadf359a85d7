package io.kezhi.crm.customer.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerMergeUndone;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/** Undoing a merge restores exactly what was there; only the latest live merge of a live survivor can be undone. */
@RecordApplicationEvents
class MergeUndoTest extends MergeScenario {

    @Autowired
    ApplicationEvents published;

    private long mergeId(Sales s, long survivor) throws Exception {
        return get(s.rep1(), "/api/v1/customers/" + survivor + "/merges").expect(200).body().get(0).get("id").asLong();
    }

    @Test
    void undoRestoresTheFieldsAndMovesEverythingBack() throws Exception {
        Duplicates d = duplicates();
        Sales s = d.s();
        JsonNode survivorBefore = fields(s.rep1(), d.survivor());
        JsonNode duplicateBefore = fields(s.rep1(), d.duplicate());
        List<String> survivorContacts = contacts(s.rep1(), d.survivor());
        List<String> duplicateContacts = contacts(s.rep1(), d.duplicate());
        TreeSet<Long> survivorFollowUps = followUpRows(d.survivor());
        TreeSet<Long> duplicateFollowUps = followUpRows(d.duplicate());
        List<String> survivorEvents = ownershipEvents(d.survivor());
        merge(s.rep1(), d.survivor(), List.of(d.duplicate()), Map.of("name", d.duplicate(), "phone", d.duplicate(),
                "valueClass", d.duplicate())).expect(200);
        long merge = mergeId(s, d.survivor());

        JsonNode undone = post(s.rep1(), "/api/v1/customer-merges/" + merge + "/undo", Map.of()).expect(200).body();
        assertThat(undone.get("name").asString()).isEqualTo("华为技术");
        assertThat(fields(s.rep1(), d.survivor())).isEqualTo(survivorBefore);
        assertThat(fields(s.rep1(), d.duplicate())).isEqualTo(duplicateBefore);
        assertThat(contacts(s.rep1(), d.survivor())).isEqualTo(survivorContacts);
        assertThat(contacts(s.rep1(), d.duplicate())).as("李四 is primary again").isEqualTo(duplicateContacts);
        assertThat(followUpRows(d.survivor())).isEqualTo(survivorFollowUps);
        assertThat(followUpRows(d.duplicate())).as("the deleted one too").isEqualTo(duplicateFollowUps);
        assertThat(shareRows(d.duplicate())).containsExactly(d.share());
        assertThat(shareRows(d.survivor())).isEmpty();
        assertThat(listed(s.rep3())).as("the share's grantee lists the duplicate again, not the survivor")
                .containsExactly(d.duplicate());
        assertThat(files(s.rep1(), d.duplicate())).containsExactly(d.file());
        assertThat(files(s.rep1(), d.survivor())).isEmpty();
        assertThat(lookup(s.rep1(), "13900000002")).containsExactly(d.duplicate());
        assertThat(lookup(s.rep1(), "01088880002")).containsExactly(d.duplicate());
        assertThat(lookup(s.rep1(), "01088880001")).containsExactly(d.survivor());
        assertThat(listed(s.rep1())).containsExactlyInAnyOrder(d.survivor(), d.duplicate());
        assertThat(ownershipEvents(d.duplicate())).containsExactly("CREATED ->" + s.rep1().userId() + " - -",
                "MERGED_INTO " + s.rep1().userId() + ">" + s.rep1().userId() + " - 华为技术有限公司",
                "MERGE_UNDONE ->" + s.rep1().userId() + " - 华为技术");
        assertThat(ownershipEvents(d.survivor())).startsWith(survivorEvents.toArray(String[]::new))
                .endsWith("MERGE_UNDONE ->" + s.rep1().userId() + " - -");

        JsonNode history = get(s.rep1(), "/api/v1/customers/" + d.survivor() + "/merges").expect(200).body();
        assertThat(history.get(0).get("undoneAt").isNull()).isFalse();
        List<CustomerMergeUndone> events = published.stream(CustomerMergeUndone.class).toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).survivorId()).isEqualTo(d.survivor());
        assertThat(events.get(0).restoredIds()).containsExactly(d.duplicate());
    }

    @Test
    void aFieldEditedAfterTheMergeKeepsTheEdit() throws Exception {
        Duplicates d = duplicates();
        Sales s = d.s();
        merge(s.rep1(), d.survivor(), List.of(d.duplicate()), Map.of("name", d.duplicate(), "industry",
                d.duplicate())).expect(200);
        patch(s.rep1(), "/api/v1/customers/" + d.survivor(), Map.of("industry", "finance"),
                customerVersion(s.rep1(), d.survivor())).expect(200);

        post(s.rep1(), "/api/v1/customer-merges/" + mergeId(s, d.survivor()) + "/undo", Map.of()).expect(200);
        JsonNode survivor = fields(s.rep1(), d.survivor());
        assertThat(survivor.get("name").asString()).isEqualTo("华为技术");
        assertThat(survivor.get("industry").asString()).isEqualTo("finance");
    }

    @Test
    void aSecondUndoAndAnUndoBeforeALaterMergeAreRefused() throws Exception {
        Duplicates d = duplicates();
        Sales s = d.s();
        long third = customer(s.rep1(), "华为（北京）");
        merge(s.rep1(), d.survivor(), List.of(d.duplicate()), Map.of()).expect(200);
        long first = mergeId(s, d.survivor());
        merge(s.rep1(), d.survivor(), List.of(third), Map.of("name", third)).expect(200);
        long second = mergeId(s, d.survivor());
        JsonNode before = fields(s.rep1(), d.survivor());

        Response later = post(s.rep1(), "/api/v1/customer-merges/" + first + "/undo", Map.of()).expect(409);
        assertThat(later.body().get("detail").asString()).isEqualTo("该客户之后又合并了其他客户，请先撤销较晚的合并。");
        assertThat(fields(s.rep1(), d.survivor())).isEqualTo(before);
        assertThat(placement(d.duplicate()).deleted()).isTrue();

        post(s.rep1(), "/api/v1/customer-merges/" + second + "/undo", Map.of()).expect(200);
        Response again = post(s.rep1(), "/api/v1/customer-merges/" + second + "/undo", Map.of()).expect(409);
        assertThat(again.body().get("detail").asString()).isEqualTo("该合并已经撤销。");
        assertThat(placement(third).deleted()).isFalse();
        assertThat(contacts(s.rep1(), d.survivor())).containsExactly("张三 (primary)", "李四", "王五");

        post(s.rep1(), "/api/v1/customer-merges/" + first + "/undo", Map.of()).expect(200);
        assertThat(listed(s.rep1())).containsExactlyInAnyOrder(d.survivor(), d.duplicate(), third);
    }

    @Test
    void undoIsRefusedOnceTheSurvivorWasItselfMergedAway() throws Exception {
        Duplicates d = duplicates();
        Sales s = d.s();
        long other = customer(s.rep1(), "华为终端");
        merge(s.rep1(), d.survivor(), List.of(d.duplicate()), Map.of()).expect(200);
        long first = mergeId(s, d.survivor());
        merge(s.rep1(), other, List.of(d.survivor()), Map.of()).expect(200);

        Response refused = post(s.rep1(), "/api/v1/customer-merges/" + first + "/undo", Map.of()).expect(409);
        assertThat(refused.body().get("detail").asString()).contains("华为终端");
        assertThat(placement(d.duplicate()).deleted()).isTrue();
        assertThat(placement(d.survivor()).deleted()).isTrue();
        assertThat(contacts(s.rep1(), other)).containsExactly("张三 (primary)", "李四", "王五");
    }

    @Test
    void onlyWhoMayEditTheSurvivorMayUndo() throws Exception {
        Duplicates d = duplicates();
        Sales s = d.s();
        merge(s.rep1(), d.survivor(), List.of(d.duplicate()), Map.of()).expect(200);
        long merge = mergeId(s, d.survivor());

        post(s.rep2(), "/api/v1/customer-merges/" + merge + "/undo", Map.of()).expect(404);
        post(s.auditor(), "/api/v1/customer-merges/" + merge + "/undo", Map.of()).expect(403);
        post(s.rep1(), "/api/v1/customer-merges/999999999/undo", Map.of()).expect(404);
        assertThat(placement(d.duplicate()).deleted()).isTrue();
        get(s.rep3(), "/api/v1/customers/" + d.survivor() + "/merges").expect(200);
        get(s.outsider(), "/api/v1/customers/" + d.survivor() + "/merges").expect(404);
    }

    @Test
    void sharesAreUnitedByGranteeAndUndoneExactly() throws Exception {
        Duplicates d = duplicates();
        Sales s = d.s();
        long survivorShare = shareCustomer(s.rep1(), d.survivor(), "USER", s.rep3().userId(), "READ");
        long writeShare = shareCustomer(s.rep1(), d.duplicate(), "DEPARTMENT", s.team2(), "READ_WRITE");
        shareCustomer(s.rep1(), d.survivor(), "DEPARTMENT", s.team2(), "READ");
        List<String> survivorBefore = shares(s, d.survivor());
        List<String> duplicateBefore = shares(s, d.duplicate());

        merge(s.rep1(), d.survivor(), List.of(d.duplicate()), Map.of()).expect(200);
        assertThat(shares(s, d.survivor())).as("the survivor's share for team2 became read-write")
                .containsExactlyInAnyOrder("USER " + s.rep3().userId() + " READ",
                        "DEPARTMENT " + s.team2() + " READ_WRITE");
        assertThat(shareRows(d.survivor())).contains(survivorShare).doesNotContain(d.share(), writeShare);
        patch(s.rep3(), "/api/v1/customers/" + d.survivor(), Map.of("remark", "二部可改"),
                customerVersion(s.rep3(), d.survivor())).expect(200);

        post(s.rep1(), "/api/v1/customer-merges/" + mergeId(s, d.survivor()) + "/undo", Map.of()).expect(200);
        assertThat(shares(s, d.survivor())).isEqualTo(survivorBefore);
        assertThat(shares(s, d.duplicate())).isEqualTo(duplicateBefore);
    }

    @Test
    void contactsAndFollowUpsTakeTheCopyOfTheGranteesOfTheCustomerTheyMoveTo() throws Exception {
        Sales s = sales();
        long survivor = customer(s.rep1(), "共享的客户");
        long unshared = customer(s.rep1(), "未共享的客户");
        shareCustomer(s.rep1(), survivor, "USER", s.rep3().userId(), "READ");
        contact(s.rep1(), unshared, "王五");
        followUp(s.rep1(), unshared, "电话沟通", java.time.Instant.now().minusSeconds(60));

        merge(s.rep1(), survivor, List.of(unshared), Map.of()).expect(200);
        assertThat(childCopies(survivor)).as("moved to the shared customer").hasSize(2)
                .containsOnly("u" + s.rep3().userId());

        post(s.rep1(), "/api/v1/customer-merges/" + mergeId(s, survivor) + "/undo", Map.of()).expect(200);
        assertThat(childCopies(unshared)).as("back with the customer without shares").hasSize(2).containsOnlyNulls();
    }

    /** "TYPE granteeId ACCESS" of the customer's shares, sorted. */
    private List<String> shares(Sales s, long customerId) throws Exception {
        List<String> shares = new java.util.ArrayList<>();
        get(s.rep1(), "/api/v1/shares/customer/" + customerId).expect(200).body().forEach(v -> shares.add(
                v.get("granteeType").asString() + " " + v.get("granteeId").asLong() + " "
                        + v.get("accessLevel").asString()));
        return shares.stream().sorted().toList();
    }
}
