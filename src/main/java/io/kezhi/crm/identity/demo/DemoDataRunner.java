package io.kezhi.crm.identity.demo;

import io.kezhi.crm.identity.CompanyDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * With {@code kezhi.demo-data.enabled=true}: creates the demo company on first start (kept in the
 * database afterwards) and prints the address and the demo logins once the server is up.
 */
@Component
@ConditionalOnProperty(name = "kezhi.demo-data.enabled", havingValue = "true")
class DemoDataRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final DemoOrganisation organisation;
    private final CompanyDirectory companies;

    DemoDataRunner(DemoOrganisation organisation, CompanyDirectory companies) {
        this.organisation = organisation;
        this.companies = companies;
    }

    @EventListener
    void onReady(ApplicationReadyEvent event) {
        boolean exists = companies.findActiveByCode(DemoOrganisation.COMPANY_CODE).isPresent();
        if (!exists) {
            organisation.create();
        }
        organisation.ready(companies.findActiveByCode(DemoOrganisation.COMPANY_CODE).orElseThrow().id());
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : 8080;
        StringBuilder banner = new StringBuilder("\n\n  客知 Kezhi CRM is running at http://localhost:" + port + "/\n");
        banner.append(exists ? "  Demo company 天意华广告有限公司 (code " + DemoOrganisation.COMPANY_CODE
                + ") already exists; its data is kept in ./data.\n" : "  Demo company 天意华广告有限公司 created (code "
                + DemoOrganisation.COMPANY_CODE + ").\n");
        banner.append("  Every demo login has the password ").append(DemoOrganisation.PASSWORD).append(":\n");
        for (DemoOrganisation.Login login : DemoOrganisation.LOGINS) {
            banner.append(String.format("    %-12s %-6s %-8s %s%n", login.username(), login.displayName(),
                    login.role(), login.department()));
        }
        log.info(banner.toString());
    }
}
