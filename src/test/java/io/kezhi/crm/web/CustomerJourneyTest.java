package io.kezhi.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import io.kezhi.crm.testsupport.Fixtures;
import io.kezhi.crm.testsupport.TestCompany;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The customer screens in Debian's Chromium against the real application: create a customer in a
 * province alone (chosen by its name in the region cascader) and filter the list by it, add a
 * contact and a follow-up on its 360 page, return it to the pool, claim it back from the pool page,
 * export the list, import customers from a CSV file through the wizard, and see the list in English. Each step is checked in the page and in the database; screenshots go
 * to target/screenshots/customers-*.png.
 */
class CustomerJourneyTest extends BrowserTest {

    @Test
    void createCustomerWithContactAndFollowUpReturnToPoolAndClaimBack() {
        TestCompany company = fixtures.company();
        String suffix = company.code().substring(company.code().length() - 3);
        String customer = "旅程客户" + suffix;
        inBrowser("customers-failed", page -> journey(page, company, customer));
    }

    private void journey(Page page, TestCompany company, String customer) {
        page.navigate(base() + "/customers");
        field(page, "login-username").waitFor();
        companyCodeIfAsked(page, company);
        field(page, "login-username").fill("admin");
        field(page, "login-password").fill(Fixtures.PASSWORD);
        testId(page, "login-submit").click();
        testId(page, "customer-create").waitFor();
        page.locator("[data-testid=\"customer-table\"] .el-loading-mask").waitFor(new Locator.WaitForOptions()
                .setState(WaitForSelectorState.HIDDEN));
        shot(page, "customers-01-empty-list-zh");

        // Create a customer in the drawer.
        testId(page, "customer-create").click();
        testId(page, "customer-drawer").waitFor();
        field(page, "customer-form-name").fill(customer);
        field(page, "customer-form-phone").fill("13812345678");
        // A province alone: clicking its name chooses it (its cities open, none is needed).
        testId(page, "customer-form-region").click();
        regionNode(page, "浙江省").click();
        regionNode(page, "杭州市").waitFor();
        shot(page, "customers-02-drawer-region-zh");
        field(page, "customer-form-name").click();
        assertThat(field(page, "customer-form-region").inputValue()).isEqualTo("浙江省");
        shot(page, "customers-02-drawer-zh");
        testId(page, "customer-form-save").click();
        Locator link = page.locator("[data-testid=\"customer-link\"]").filter(new Locator.FilterOptions()
                .setHasText(customer));
        link.waitFor();
        // the drawer slides out after saving; the list is the picture
        testId(page, "customer-drawer").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        shot(page, "customers-03-created-zh");
        assertThat(count("SELECT COUNT(*) FROM customer WHERE tenant_id = :t AND name = :n AND owner_id IS NOT NULL"
                + " AND deleted_at IS NULL AND province_code = '330000' AND city_code IS NULL AND district_code IS NULL",
                company.id(), customer)).isEqualTo(1);

        // The filter bar filters by the chosen province alone.
        testId(page, "customer-filter-more").click();
        testId(page, "customer-filter-region").click();
        regionNode(page, "江苏省").click();
        link.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        regionNode(page, "浙江省").click();
        link.waitFor();
        shot(page, "customers-03-filtered-by-province-zh");
        testId(page, "customer-filter-reset").click();
        page.waitForCondition(() -> page.locator(".kz-region-popper:visible").count() == 0);

        // Its 360 page: add a contact.
        link.click();
        testId(page, "customer-name").getByText(customer).waitFor();
        testId(page, "customer-tab-contacts").click();
        testId(page, "contact-create").click();
        testId(page, "contact-dialog").waitFor();
        field(page, "contact-form-name").fill("王联系");
        field(page, "contact-form-title").fill("采购经理");
        field(page, "contact-form-mobile").fill("13987654321");
        testId(page, "contact-form-save").click();
        testId(page, "contact-row-王联系").waitFor();
        testId(page, "contact-primary").waitFor();
        shot(page, "customers-04-contact-zh");
        assertThat(count("SELECT COUNT(*) FROM contact ct JOIN customer c ON c.id = ct.customer_id"
                + " WHERE c.tenant_id = :t AND c.name = :n AND ct.name = '王联系' AND ct.primary_contact",
                company.id(), customer)).isEqualTo(1);

        // Add a follow-up with that contact.
        testId(page, "customer-tab-follow-ups").click();
        testId(page, "follow-up-create").click();
        testId(page, "follow-up-dialog").waitFor();
        testId(page, "follow-up-form-type").click();
        page.locator(".el-select-dropdown:visible .el-select-dropdown__item").first().click();
        field(page, "follow-up-form-content").fill("电话沟通了下季度的投放计划");
        testId(page, "follow-up-form-contact").click();
        page.locator(".el-select-dropdown:visible .el-select-dropdown__item").filter(new Locator.FilterOptions()
                .setHasText("王联系")).first().click();
        shot(page, "customers-05-follow-up-dialog-zh");
        testId(page, "follow-up-form-save").click();
        testId(page, "follow-up-content").getByText("电话沟通了下季度的投放计划").waitFor();
        shot(page, "customers-06-follow-up-zh");
        assertThat(count("SELECT COUNT(*) FROM follow_up f JOIN customer c ON c.id = f.customer_id"
                + " WHERE c.tenant_id = :t AND c.name = :n AND f.contact_id IS NOT NULL AND c.last_follow_up_at IS NOT NULL",
                company.id(), customer)).isEqualTo(1);

        // Return it to the pool with a reason.
        testId(page, "customer-action-return").click();
        testId(page, "customer-batch-dialog").waitFor();
        field(page, "customer-batch-reason").fill("客户暂无需求");
        testId(page, "customer-batch-run").click();
        testId(page, "confirm-ok").click();
        testId(page, "customer-in-pool").waitFor();
        shot(page, "customers-07-returned-zh");
        assertThat(count("SELECT COUNT(*) FROM customer WHERE tenant_id = :t AND name = :n AND owner_id IS NULL"
                + " AND pool_id IS NOT NULL", company.id(), customer)).isEqualTo(1);

        // Claim it back from the pool page.
        testId(page, "menu-customer-pools").click();
        testId(page, "pool-table").waitFor();
        Locator row = page.locator("tr").filter(new Locator.FilterOptions().setHas(
                page.locator("[data-testid=\"pool-customer\"]").filter(new Locator.FilterOptions().setHasText(customer))));
        row.waitFor();
        assertThat(row.locator("[data-testid=\"pool-entered-at\"]").innerText()).as("when it entered the pool")
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*");
        assertThat(row.locator("[data-testid=\"pool-previous-owner\"]").innerText()).as("who owned it").isNotBlank();
        row.locator(".el-checkbox").first().click();
        shot(page, "customers-08-pool-zh");
        testId(page, "pool-claim").click();
        testId(page, "confirm-ok").click();
        row.waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        shot(page, "customers-09-claimed-zh");
        assertThat(count("SELECT COUNT(*) FROM customer c JOIN app_user u ON u.id = c.owner_id WHERE c.tenant_id = :t"
                + " AND c.name = :n AND u.username = 'admin' AND c.pool_id IS NULL", company.id(), customer))
                .isEqualTo(1);

        // Export the list: the file holds the customer, by its name.
        testId(page, "menu-customers").click();
        page.locator("[data-testid=\"customer-link\"]").filter(new Locator.FilterOptions().setHasText(customer))
                .waitFor();
        page.locator("[data-testid=\"customer-export\"]:visible").click();
        com.microsoft.playwright.Download csv = page.waitForDownload(
                () -> page.locator(".el-dropdown-menu:visible [data-testid=\"customer-export-csv\"]").click());
        assertThat(read(csv.path())).contains(customer).contains("客户名称");

        // Import two customers from a CSV file through the wizard.
        String imported = customer + "导入";
        testId(page, "customer-import").click();
        testId(page, "import-wizard").waitFor();
        page.locator("[data-testid=\"import-upload\"] input[type=file]").setInputFiles(
                new com.microsoft.playwright.options.FilePayload("客户.csv", "text/csv",
                        ("客户名称,客户类型,电话\n" + imported + "甲,企业客户,139 1234 5678\n" + imported + "乙,个人客户,\n")
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        testId(page, "import-validate").click();
        testId(page, "import-commit").waitFor();
        shot(page, "customers-10-import-validated-zh");
        testId(page, "import-commit").click();
        testId(page, "confirm-ok").click();
        testId(page, "import-result").waitFor();
        shot(page, "customers-11-imported-zh");
        testId(page, "import-close").click();
        assertThat(count("SELECT COUNT(*) FROM customer WHERE tenant_id = :t AND name LIKE :n",
                company.id(), imported + "%")).isEqualTo(2);
        page.locator("[data-testid=\"customer-link\"]").filter(new Locator.FilterOptions()
                .setHasText(imported + "甲")).waitFor();

        // The list in English.
        testId(page, "lang-switch").click();
        page.locator("[data-testid=\"lang-en-US\"]:visible").click();
        // the language menu fades out after the choice: the screenshot below should not catch it half gone
        page.locator(".el-dropdown__popper:visible:has([data-testid=\"lang-en-US\"])").waitFor(
                new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        testId(page, "menu-customers").click();
        testId(page, "page-title").getByText("Customers").waitFor();
        page.locator("[data-testid=\"customer-link\"]").filter(new Locator.FilterOptions().setHasText(imported + "乙"))
                .waitFor();
        assertThat(page.locator("body").innerText()).contains("New customer").doesNotContain("新建客户");
        shot(page, "customers-12-list-en");
    }

    /** A province, city or district by name in the open region cascader (its name, not its radio dot). */
    private static Locator regionNode(Page page, String name) {
        return page.locator(".kz-region-popper:visible .el-cascader-node__label")
                .getByText(name, new Locator.GetByTextOptions().setExact(true)).first();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
