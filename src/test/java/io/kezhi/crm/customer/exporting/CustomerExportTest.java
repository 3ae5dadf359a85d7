package io.kezhi.crm.customer.exporting;

import static io.kezhi.crm.testsupport.TestCompany.grant;
import static org.assertj.core.api.Assertions.assertThat;

import io.kezhi.crm.identity.DataScope;
import io.kezhi.crm.identity.FieldAccess;
import io.kezhi.crm.identity.Operation;
import io.kezhi.crm.identity.login.KezhiPrincipal;
import io.kezhi.crm.testsupport.ApiTest;
import io.kezhi.crm.testsupport.TestCompany;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Exporting the customer list: scope, field policy, labels, filters, formulas defused. */
class CustomerExportTest extends ApiTest {

    private TestCompany company;
    private KezhiPrincipal admin;

    @BeforeEach
    void setUp() throws Exception {
        company = fixtures.company();
        admin = company.admin();
        post(admin, "/api/v1/customers", Map.of("name", "=HYPERLINK(\"http://evil\")", "customerType", "COMPANY",
                "remark", "+cmd|' /C calc'!A0", "phone", "13800138000", "source", "online", "valueClass", "MAJOR",
                "provinceCode", "330000", "cityCode", "330100", "districtCode", "330106")).expect(201);
        post(admin, "/api/v1/customers", Map.of("name", "普通客户甲", "customerType", "PERSON")).expect(201);
    }

    @Test
    void csvHasLabelsInTheCallersLanguageAndFormulasDefused() throws Exception {
        MockHttpServletResponse zh = export(admin, "format=csv&columns=name,customerType,source,valueClass,region,"
                + "phone,remark,owner&sort=name,asc", "zh-CN");
        assertThat(zh.getStatus()).isEqualTo(200);
        assertThat(zh.getContentType()).startsWith("text/csv");
        assertThat(zh.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"customers-\\d{8}-\\d{4}\\.csv\"; filename\\*=UTF-8''customers-\\d{8}-\\d{4}\\.csv");
        String text = csvText(zh);
        assertThat(text).startsWith("客户名称,客户类型,客户来源,价值分类,省市区,电话,备注,负责人\r\n");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil\"\")\",企业客户,网络推广,重要客户,浙江省/杭州市/西湖区,"
                + "138 0013 8000,'+cmd|' /C calc'!A0,管理员\r\n");
        assertThat(text).contains("普通客户甲,个人客户,,,,,,管理员\r\n");
        String en = csvText(export(admin, "format=csv&columns=name,customerType,source", "en-US"));
        assertThat(en).startsWith("Customer name,Customer type,Source\r\n");
        assertThat(en).contains(",Online promotion");
    }

    @Test
    void manyPagesKeepTheListsOrder() throws Exception {
        for (String name : List.of("丁", "乙", "戊", "甲", "丙", "己", "庚")) {
            post(admin, "/api/v1/customers", Map.of("name", "排序" + name, "customerType", "COMPANY")).expect(201);
        }
        String text = csvText(export(admin, "format=csv&columns=name&sort=name,desc&q=排序", "zh-CN"));
        assertThat(text.lines().skip(1).toList()).as("exported in pages of 3, in pinyin order as the list")
                .containsExactly("排序乙", "排序戊", "排序甲", "排序己", "排序庚", "排序丁", "排序丙"); // yi wu jia ji geng ding bing

        for (String name : List.of("sortb", "SORTC", "sorta")) {
            post(admin, "/api/v1/customers", Map.of("name", name, "customerType", "COMPANY")).expect(201);
        }
        String latin = csvText(export(admin, "format=csv&columns=name&sort=name,asc&q=sort", "zh-CN"));
        assertThat(latin.lines().skip(1).toList()).as("names in any case, as the list orders them")
                .containsExactly("sorta", "sortb", "SORTC");
    }

    @Test
    void xlsxCellsAreTextAndFiltersApply() throws Exception {
        MockHttpServletResponse response = export(admin, "format=xlsx&columns=name,remark&q=HYPERLINK", "zh-CN");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Content-Disposition")).contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("客户名称");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\")");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("+cmd|' /C calc'!A0");
        }
    }

    @Test
    void theExportScopeAppliesEvenWhenTheViewScopeIsWider() throws Exception {
        long role = company.role("看全部导本人", List.of(grant("customer", Operation.VIEW, DataScope.ALL),
                grant("customer", Operation.CREATE, DataScope.ALL), grant("customer", Operation.EXPORT, DataScope.OWN)));
        KezhiPrincipal sun = company.user("sun", company.rootDepartment(), null, role);
        post(sun, "/api/v1/customers", Map.of("name", "孙的客户", "customerType", "COMPANY")).expect(201);
        assertThat(get(sun, "/api/v1/customers").body().get("items")).hasSize(3);
        String text = csvText(export(sun, "columns=name", "zh-CN"));
        assertThat(text).isEqualTo("客户名称\r\n孙的客户\r\n");
        assertThat(csvText(export(admin, "columns=name", "zh-CN")).split("\r\n")).hasSize(4);

        long viewOnly = company.role("只看", List.of(grant("customer", Operation.VIEW, DataScope.ALL)));
        KezhiPrincipal zhou = company.user("zhou", company.rootDepartment(), null, viewOnly);
        assertThat(export(zhou, "columns=name", "zh-CN").getStatus()).isEqualTo(403);
    }

    @Test
    void hiddenFieldsAreLeftOutEvenWhenAskedFor() throws Exception {
        long role = company.role("不看电话", List.of(grant("customer", Operation.VIEW, DataScope.ALL),
                grant("customer", Operation.EXPORT, DataScope.ALL)),
                List.of(new TestCompany.FieldRule("customer", "phone", FieldAccess.HIDDEN),
                        new TestCompany.FieldRule("customer", "remark", FieldAccess.HIDDEN)));
        KezhiPrincipal wu = company.user("wu", company.rootDepartment(), null, role);
        String text = csvText(export(wu, "columns=name,phone,remark&sort=name,asc", "zh-CN"));
        assertThat(text.split("\r\n")[0]).isEqualTo("客户名称");
        assertThat(text).doesNotContain("138");
        assertThat(export(wu, "columns=phone", "zh-CN").getStatus()).isEqualTo(400);
    }

    @Test
    void badParametersAreNamed() throws Exception {
        assertThat(call(admin, MockMvcRequestBuilders.get("/api/v1/customers/export?format=pdf")).errorFields())
                .containsExactly("format");
        assertThat(call(admin, MockMvcRequestBuilders.get("/api/v1/customers/export?columns=name,salary"))
                .errorFields()).containsExactly("columns");
        assertThat(call(admin, MockMvcRequestBuilders.get("/api/v1/customers/export?sort=salary,asc"))
                .errorFields()).containsExactly("sort");
    }

    private MockHttpServletResponse export(KezhiPrincipal user, String query, String language) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get("/api/v1/customers/export?" + query).with(as(user))
                .header("Accept-Language", language)).andReturn().getResponse();
    }

    private static String csvText(MockHttpServletResponse response) {
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
}
