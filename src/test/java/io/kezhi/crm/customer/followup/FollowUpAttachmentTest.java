package io.kezhi.crm.customer.followup;

import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.customer.CustomerApiTest;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A follow-up's attachments can be listed and downloaded only by those who may see its customer. */
class FollowUpAttachmentTest extends CustomerApiTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void onlyThoseWhoMaySeeTheCustomerReachTheFiles() throws Exception {
        Sales s = sales();
        long customer = customer(s.rep1(), "甲公司");
        long followUp = followUp(s.rep1(), customer, "拜访纪要", Instant.now().minusSeconds(3600));
        long file = upload(s.rep1(), followUp).expect(201).id();
        assertThat(get(s.rep1(), "/api/v1/follow-ups/" + followUp).body().get("fileCount").asInt()).isEqualTo(1);

        for (KezhiPrincipal allowed : new KezhiPrincipal[] {s.rep1(), s.lead1(), s.director(), s.auditor()}) {
            assertThat(download(allowed, file)).as(allowed.username()).isEqualTo(200);
            assertThat(get(allowed, "/api/v1/files/followUp/" + followUp).expect(200).body().size()).isEqualTo(1);
        }
        for (KezhiPrincipal refused : new KezhiPrincipal[] {s.rep2(), s.rep3(), s.outsider(),
                fixtures.company().admin()}) {
            assertThat(download(refused, file)).as(refused.username()).isEqualTo(404);
            assertThat(get(refused, "/api/v1/files/followUp/" + followUp).status()).isEqualTo(404);
            assertThat(upload(refused, followUp).status()).isEqualTo(404);
            assertThat(delete(refused, "/api/v1/files/" + file).status()).isEqualTo(404);
        }
        assertThat(get(s.rep1(), "/api/v1/files/followUp/" + followUp).body().size()).as("nothing added or removed")
                .isEqualTo(1);

        shareCustomer(s.rep1(), customer, "USER", s.rep3().userId(), "READ");
        assertThat(download(s.rep3(), file)).as("a share opens the files too").isEqualTo(200);

        delete(s.rep1(), "/api/v1/customers/" + customer, customerVersion(s.rep1(), customer)).expect(204);
        assertThat(download(s.rep1(), file)).as("the customer is in the recycle bin").isEqualTo(404);
        assertThat(download(s.auditor(), file)).isEqualTo(404);
    }

    private Response upload(KezhiPrincipal user, long followUp) throws Exception {
        var result = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/files/followUp/" + followUp)
                .file(new MockMultipartFile("file", "纪要.pdf", "application/pdf", PDF)).with(as(user))).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new Response(result.getResponse().getStatus(), body.isBlank() ? json.nullNode() : json.readTree(body),
                result.getResponse());
    }

    private int download(KezhiPrincipal user, long file) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/v1/files/" + file + "/content").with(as(user)))
                .andReturn().getResponse().getStatus();
    }
}
