package io.kezhi.crm.testsupport;

import io.kezhi.crm.identity.login.KezhiPrincipal;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Full-stack import tests: upload files, map columns, wait for the background work. */
public abstract class ImportSupport extends ApiTest {

    protected static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    protected Response upload(KezhiPrincipal user, String name, byte[] content) throws Exception {
        return upload(user, name, content, "zh-CN");
    }

    protected Response upload(KezhiPrincipal user, String name, byte[] content, String language) throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", name, "application/octet-stream", content);
        MvcResult result = mvc.perform(MockMvcRequestBuilders.multipart("/api/v1/imports").file(file)
                .param("target", "customers").header("Accept-Language", language).with(as(user))).andReturn();
        String body = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        return new Response(result.getResponse().getStatus(), body.isBlank() ? json.nullNode() : json.readTree(body),
                result.getResponse());
    }

    protected Response map(KezhiPrincipal user, long job, Map<String, String> mapping, String policy)
            throws Exception {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("mapping", mapping);
        body.put("dedupePolicy", policy);
        return call(user, MockMvcRequestBuilders.put("/api/v1/imports/" + job + "/mapping")
                .contentType("application/json").content(toJson(body)));
    }

    /** Polls the job until its background work is over; its final view. */
    protected Response await(KezhiPrincipal user, long job) throws Exception {
        long deadline = System.currentTimeMillis() + 120_000;
        while (true) {
            Response response = get(user, "/api/v1/imports/" + job).expect(200);
            String status = response.body().get("status").asString();
            if (!status.equals("VALIDATING") && !status.equals("COMMITTING")) {
                return response;
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("Import job " + job + " still " + status);
            }
            Thread.sleep(50);
        }
    }

    /** Upload, keep the proposed mapping, validate with the policy; the validated job. */
    protected Response validate(KezhiPrincipal user, String name, byte[] content, String policy) throws Exception {
        Response uploaded = upload(user, name, content).expect(201);
        Map<String, String> mapping = new LinkedHashMap<>();
        uploaded.body().get("mapping").properties().forEach(e -> mapping.put(e.getKey(),
                e.getValue().isNull() ? null : e.getValue().asString()));
        map(user, uploaded.id(), mapping, policy).expect(200);
        return await(user, uploaded.id());
    }

    /** Validate, then commit; the finished job. */
    protected Response importAll(KezhiPrincipal user, String name, byte[] content, String policy) throws Exception {
        Response validated = validate(user, name, content, policy);
        if (!validated.body().get("status").asString().equals("VALIDATED")
                || validated.body().get("errorCount").asInt() != 0) {
            throw new AssertionError("Not valid: " + validated.body() + " "
                    + get(user, "/api/v1/imports/" + validated.id() + "/errors").body());
        }
        post(user, "/api/v1/imports/" + validated.id() + "/commit", Map.of()).expect(202);
        return await(user, validated.id());
    }

    protected static byte[] csv(String text) {
        return csv(text, StandardCharsets.UTF_8);
    }

    protected static byte[] csv(String text, Charset charset) {
        return text.getBytes(charset);
    }

    protected static byte[] xlsx(List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("客户");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    if (value.startsWith("=")) {
                        row.createCell(c).setCellFormula(value.substring(1));
                    } else {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    protected MvcResult download(KezhiPrincipal user, String url, String language) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url).with(as(user)).header("Accept-Language", language))
                .andReturn();
    }
}
