package io.kezhi.crm.customer.merge;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;

/**
 * Two duplicates of one company owned by rep1, each with contacts, follow-ups (one of them in the
 * recycle bin), a share and a file, and readers for everything a merge moves.
 */
abstract class MergeScenario extends CustomerApiTest {

    /** The survivor and the duplicate with what hangs on them. */
    record Duplicates(Sales s, long survivor, long duplicate, long survivorPrimary, long duplicatePrimary,
            long duplicateContact, long survivorFollowUp, long duplicateFollowUp, long deletedFollowUp, long share,
            long file) {
    }

    Duplicates duplicates() throws Exception {
        Sales s = sales();
        Map<String, Object> a = customerBody("华为技术");
        a.put("phone", "01088880001");
        a.put("industry", "it");
        a.put("valueClass", "NORMAL");
        a.put("tags", List.of("老客户"));
        long survivor = customer(s.rep1(), a);
        Map<String, Object> b = customerBody("华为技术有限公司");
        b.put("phone", "01088880002");
        b.put("email", "contact@huawei.example");
        b.put("industry", "manufacturing");
        b.put("valueClass", "KEY");
        b.put("remark", "从展会获得");
        b.put("tags", List.of("展会"));
        b.put("ignoreDuplicates", true);
        long duplicate = customer(s.rep1(), b);

        long survivorPrimary = post(s.rep1(), "/api/v1/customers/" + survivor + "/contacts",
                Map.of("name", "张三", "primaryContact", true, "mobile", "13900000001")).expect(201).id();
        long duplicatePrimary = post(s.rep1(), "/api/v1/customers/" + duplicate + "/contacts",
                Map.of("name", "李四", "primaryContact", true, "mobile", "13900000002")).expect(201).id();
        long duplicateContact = contact(s.rep1(), duplicate, "王五");
        Instant at = Instant.parse("2026-11-02T02:00:00Z");
        long survivorFollowUp = followUp(s.rep1(), survivor, "电话沟通", at);
        long duplicateFollowUp = followUp(s.rep1(), duplicate, "上门拜访", at.plusSeconds(3600));
        Response deleted = post(s.rep1(), "/api/v1/customers/" + duplicate + "/follow-ups",
                Map.of("followType", "call", "content", "记错了", "occurredAt", at.plusSeconds(7200).toString()))
                .expect(201);
        delete(s.rep1(), "/api/v1/follow-ups/" + deleted.id(), deleted.version()).expect(204);
        long share = shareCustomer(s.rep1(), duplicate, "USER", s.rep3().userId(), "READ");
        var upload = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/files/customer/" + duplicate)
                .file(new MockMultipartFile("file", "报价.txt", "text/plain", "报价单".getBytes(StandardCharsets.UTF_8)))
                .with(as(s.rep1()))).andReturn().getResponse();
        if (upload.getStatus() != 201) {
            throw new AssertionError("Upload failed: " + upload.getStatus() + " " + upload.getContentAsString());
        }
        long file = json.readTree(upload.getContentAsString(StandardCharsets.UTF_8)).get("id").asLong();
        return new Duplicates(s, survivor, duplicate, survivorPrimary, duplicatePrimary, duplicateContact,
                survivorFollowUp, duplicateFollowUp, deleted.id(), share, file);
    }

    Response merge(KezhiPrincipal as, long survivor, List<Long> merged, Map<String, Long> values) throws Exception {
        return post(as, "/api/v1/customers/merge", Map.of("survivorId", survivor, "mergedIds", merged,
                "values", values, "version", customerVersion(as, survivor)));
    }

    /** "name (primary)" of the customer's contacts, sorted. */
    List<String> contacts(KezhiPrincipal as, long customerId) throws Exception {
        List<String> names = new ArrayList<>();
        get(as, "/api/v1/customers/" + customerId + "/contacts").expect(200).body().path("items").forEach(c ->
                names.add(c.get("name").asString() + (c.get("primaryContact").asBoolean() ? " (primary)" : "")));
        return names.stream().sorted().toList();
    }

    /** Ids of every follow-up row of the customer, the deleted ones included. */
    TreeSet<Long> followUpRows(long customerId) {
        return new TreeSet<>(fixtures.jdbc().sql("SELECT id FROM follow_up WHERE customer_id = :id")
                .param("id", customerId).query(Long.class).list());
    }

    TreeSet<Long> shareRows(long customerId) {
        return new TreeSet<>(fixtures.jdbc().sql("SELECT id FROM record_share WHERE subject_type = 'customer'"
                + " AND subject_id = :id").param("id", customerId).query(Long.class).list());
    }

    List<Long> files(KezhiPrincipal as, long customerId) throws Exception {
        List<Long> ids = new ArrayList<>();
        get(as, "/api/v1/files/customer/" + customerId).expect(200).body().forEach(f -> ids.add(f.get("id").asLong()));
        return ids;
    }

    /** Ids of the customers found by a phone number. */
    List<Long> lookup(KezhiPrincipal as, String phone) throws Exception {
        List<Long> ids = new ArrayList<>();
        get(as, "/api/v1/customers/lookup?phone=" + phone).expect(200).body()
                .forEach(m -> ids.add(m.get("customer").get("id").asLong()));
        return ids;
    }

    List<Long> listed(KezhiPrincipal as) throws Exception {
        List<Long> ids = new ArrayList<>();
        get(as, "/api/v1/customers?size=100").expect(200).body().path("items").forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    /** The customer as the API shows it, without what changes on every write. */
    JsonNode fields(KezhiPrincipal as, long customerId) throws Exception {
        tools.jackson.databind.node.ObjectNode view = (tools.jackson.databind.node.ObjectNode) customerOf(as,
                customerId).body().get("customer").deepCopy();
        view.remove(List.of("version", "updatedAt", "contactCount", "lastFollowUpAt", "nextFollowUpAt"));
        return view;
    }
}
