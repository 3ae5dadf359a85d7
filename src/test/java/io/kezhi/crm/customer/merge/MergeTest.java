package io.kezhi.crm.customer.merge;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomersMerged;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/** Merging duplicates: chosen values survive field by field and every related record moves to the survivor. */
@RecordApplicationEvents
class MergeTest extends MergeScenario {

    @Autowired
    ApplicationEvents published;

    @Test
    void theChosenValuesSurviveFieldByField() throws Exception {
        Duplicates d = duplicates();
        Sales s = d.s();

        JsonNode survivor = merge(s.rep1(), d.survivor(), List.of(d.duplicate()), Map.of("name", d.duplicate(),
                "valueClass", d.duplicate(), "industry", d.survivor())).expect(200).body();
        assertThat(survivor.get("id").asLong()).isEqualTo(d.survivor());
        assertThat(survivor.get("name").asString()).as("chosen from the duplicate").isEqualTo("华为技术有限公司");
        assertThat(survivor.get("valueClass").asString()).isEqualTo("KEY");
        assertThat(survivor.get("industry").asString()).as("chosen from the survivor").isEqualTo("it");
        assertThat(survivor.get("phone").asString()).as("not chosen: the survivor keeps its own")
                .isEqualTo("+861088880001");
        assertThat(survivor.get("email").asString()).as("not chosen, survivor empty: the duplicate's")
                .isEqualTo("contact@huawei.example");
        assertThat(survivor.get("remark").asString()).isEqualTo("从展会获得");
        assertThat(survivor.get("tags")).extracting(JsonNode::asString).containsExactlyInAnyOrder("老客户", "展会");
        assertThat(survivor.get("ownerId").asLong()).isEqualTo(s.rep1().userId());
        assertThat(fields(s.rep1(), d.survivor()).get("name").asString()).isEqualTo("华为技术有限公司");
    }

    @Test
    void everyRelatedRecordMovesToTheSurvivor() throws Exception {
        Duplicates d = duplicates();
        Sales s = d.s();
        TreeSet<Long> followUps = followUpRows(d.survivor());
        followUps.addAll(followUpRows(d.duplicate()));
        assertThat(followUps).hasSize(3);

        merge(s.rep1(), d.survivor(), List.of(d.duplicate()), Map.of()).expect(200);

        assertThat(contacts(s.rep1(), d.survivor())).as("one primary contact remains")
                .containsExactly("张三 (primary)", "李四", "王五");
        assertThat(followUpRows(d.survivor())).as("with the one in the recycle bin").isEqualTo(followUps);
        assertThat(followUpRows(d.duplicate())).isEmpty();
        List<Long> listedFollowUps = new java.util.ArrayList<>();
        get(s.rep1(), "/api/v1/customers/" + d.survivor() + "/follow-ups").expect(200).body().path("items")
                .forEach(f -> listedFollowUps.add(f.get("id").asLong()));
        assertThat(listedFollowUps).containsExactlyInAnyOrder(d.survivorFollowUp(), d.duplicateFollowUp());
        assertThat(shareRows(d.survivor())).containsExactly(d.share());
        customerOf(s.rep3(), d.survivor());
        assertThat(listed(s.rep3())).as("the share moved: its grantee's list finds the survivor")
                .containsExactly(d.survivor());
        assertThat(files(s.rep1(), d.survivor())).containsExactly(d.file());
        assertThat(lookup(s.rep1(), "13900000002")).as("the moved contact's phone finds the survivor")
                .containsExactly(d.survivor());
        assertThat(lookup(s.rep1(), "01088880001")).containsExactly(d.survivor());
        assertThat(ownershipEvents(d.survivor())).containsExactly(
                "CREATED ->" + s.rep1().userId() + " - -",
                "CREATED ->" + s.rep1().userId() + " - -",
                "MERGED_FROM " + s.rep1().userId() + ">" + s.rep1().userId() + " - 华为技术有限公司");
        assertThat(ownershipEvents(d.duplicate())).containsExactly(
                "MERGED_INTO " + s.rep1().userId() + ">" + s.rep1().userId() + " - 华为技术");
    }

    @Test
    void theMergedCustomersLeaveAndTheMergeIsInTheHistory() throws Exception {
        Duplicates d = duplicates();
        Sales s = d.s();
        long third = customer(s.rep1(), "华为（北京）");

        merge(s.rep1(), d.survivor(), List.of(d.duplicate(), third), Map.of()).expect(200);

        assertThat(listed(s.rep1())).containsExactly(d.survivor());
        get(s.rep1(), "/api/v1/customers/" + d.duplicate()).expect(404);
        assertThat(placement(d.duplicate()).deleted()).isTrue();
        assertThat(placement(third).deleted()).isTrue();
        JsonNode merges = get(s.rep1(), "/api/v1/customers/" + d.survivor() + "/merges").expect(200).body();
        assertThat(merges.size()).isEqualTo(1);
        assertThat(numbers(merges.get(0).get("mergedIds"))).containsExactly(d.duplicate(), third);
        assertThat(merges.get(0).get("mergedNames")).extracting(JsonNode::asString)
                .containsExactly("华为技术有限公司", "华为（北京）");
        assertThat(merges.get(0).get("actorName").asString()).isEqualTo("用户rep1");
        assertThat(merges.get(0).get("undoneAt").isNull()).isTrue();
        List<String> timeline = new java.util.ArrayList<>();
        get(s.rep1(), "/api/v1/customers/" + d.survivor() + "/timeline").expect(200).body().get("entries")
                .forEach(e -> timeline.add(e.get("summary").asString()));
        assertThat(timeline).contains("合并了客户“华为技术有限公司”", "合并了客户“华为（北京）”");

        List<CustomersMerged> events = published.stream(CustomersMerged.class).toList();
        assertThat(events).hasSize(1);
        assertThat(events.get(0).mergeId()).isEqualTo(merges.get(0).get("id").asLong());
        assertThat(events.get(0).survivorId()).isEqualTo(d.survivor());
        assertThat(events.get(0).mergedIds()).containsExactly(d.duplicate(), third);
    }
}
