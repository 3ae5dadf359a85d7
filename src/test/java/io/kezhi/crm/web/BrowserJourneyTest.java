package io.kezhi.crm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.kezhi.crm.testsupport.Fixtures;
import io.kezhi.crm.testsupport.TestCompany;
import org.junit.jupiter.api.Test;

/**
 * What a person does in the browser, in Debian's Chromium against the real application: sign in,
 * create a department and a user, switch to English, sign out. Each step is checked in the page and
 * in the database; screenshots go to target/screenshots/.
 */
class BrowserJourneyTest extends BrowserTest {

    @Test
    void signInCreateDepartmentAndUserSwitchLanguageSignOut() {
        TestCompany company = fixtures.company();
        String department = "华南大区" + company.code().substring(company.code().length() - 3);
        String username = "journey" + company.code().substring(company.code().length() - 3);
        inBrowser("failed", page -> journey(page, company, department, username));
    }

    private void journey(Page page, TestCompany company, String department, String username) {
        {

            page.navigate(base() + "/admin/users");
            field(page, "login-username").waitFor();
            assertThat(page.url()).contains("redirect=");
            companyCodeIfAsked(page, company);
            field(page, "login-username").fill("admin");
            field(page, "login-password").fill(Fixtures.PASSWORD);
            shot(page, "01-login-zh");
            testId(page, "login-submit").click();
            testId(page, "user-create").waitFor();
            shot(page, "02-users-zh");

            testId(page, "menu-departments").click();
            testId(page, "department-tree").waitFor();
            page.locator(".el-tree-node__content").filter(new Locator.FilterOptions()
                    .setHasText(company.code())).first().click();
            testId(page, "department-create").click();
            field(page, "department-name").fill(department);
            shot(page, "03-department-dialog-zh");
            testId(page, "department-save").click();
            testId(page, "department-tree").getByText(department).waitFor();
            shot(page, "04-department-created-zh");
            assertThat(count("SELECT COUNT(*) FROM department WHERE tenant_id = :t AND name = :n",
                    company.id(), department)).isEqualTo(1);

            testId(page, "menu-users").click();
            testId(page, "user-create").click();
            testId(page, "user-drawer").waitFor();
            field(page, "user-form-username").fill(username);
            field(page, "user-form-display-name").fill("旅程测试");
            field(page, "user-form-password").fill("Journey123");
            testId(page, "user-form-department").locator(".el-select__wrapper").click();
            page.locator(".el-select-dropdown:visible .el-tree-node__content").filter(new Locator.FilterOptions()
                    .setHasText(department)).first().click();
            shot(page, "05-user-drawer-zh");
            testId(page, "user-form-save").click();
            testId(page, "user-row-" + username).waitFor();
            shot(page, "06-user-created-zh");
            assertThat(count("SELECT COUNT(*) FROM app_user u JOIN department d ON d.id = u.department_id"
                    + " WHERE u.tenant_id = :t AND u.username = :n AND d.name = '" + department + "'",
                    company.id(), username)).isEqualTo(1);

            testId(page, "lang-switch").click();
            page.locator("[data-testid=\"lang-en-US\"]:visible").click();
            testId(page, "page-title").getByText("Users").waitFor();
            assertThat(page.locator("body").innerText()).contains("Departments").doesNotContain("部门成员");
            shot(page, "07-users-en");
            testId(page, "menu-departments").click();
            testId(page, "department-tree").waitFor();
            shot(page, "08-departments-en");

            testId(page, "user-menu").click();
            page.locator("[data-testid=\"logout\"]:visible").click();
            testId(page, "confirm-ok").click();
            field(page, "login-username").waitFor();
            shot(page, "09-signed-out-en");
            assertThat(page.locator("body").innerText()).contains("Sign in");
        }
    }
}
