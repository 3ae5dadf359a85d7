package io.kezhi.crm;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.bind.annotation.RestController;

/** House rules that keep the code the way ARCHITECTURE.md describes it. */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.kezhi.crm");

    @Test
    void noFieldInjection() {
        ArchRule rule = fields().should().notBeAnnotatedWith(Autowired.class)
                .because("dependencies are constructor arguments");
        rule.check(CLASSES);
    }

    @Test
    void controllersDoNotTakeOrReturnUntypedMaps() {
        ArchRule rule = methods().that().areDeclaredInClassesThat().areAnnotatedWith(RestController.class)
                .should().notHaveRawReturnType(Map.class)
                .because("payloads are records, not Map<String, Object>");
        rule.check(CLASSES);
    }

    @Test
    void controllersDoNotUseRepositoriesOrTheEntityManagerDirectly() {
        ArchRule rule = noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .allowEmptyShould(true)
                .because("controllers call services; services own transactions and permission checks");
        rule.check(CLASSES);
    }

    @Test
    void noInterfacePrefixOrImplSuffix() {
        classes().should().haveSimpleNameNotEndingWith("Impl").check(CLASSES);
        classes().that().areInterfaces().should().haveSimpleNameNotStartingWith("IS")
                .andShould().haveSimpleNameNotStartingWith("IR").check(CLASSES);
    }

    @Test
    void moneyIsNeverFloatingPoint() {
        fields().that().areDeclaredInClassesThat().areAnnotatedWith(Entity.class)
                .should().notHaveRawType(double.class).andShould().notHaveRawType(float.class)
                .andShould().notHaveRawType(Double.class).andShould().notHaveRawType(Float.class)
                .because("money and quantities are BigDecimal / DECIMAL")
                .check(CLASSES);
    }

    @Test
    void timeIsInstantNotLegacyDates() {
        noClasses().that().doNotHaveFullyQualifiedName("io.kezhi.crm.shared.db.SqlVendor")
                .and().doNotHaveFullyQualifiedName("io.kezhi.crm.shared.jpa.TenantJdbc")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.time.LocalDateTime")
                .because("instants are stored in UTC as Instant; business dates are LocalDate (only the JDBC "
                        + "binding of instants to MariaDB DATETIME columns sees LocalDateTime)")
                .check(CLASSES);
    }
}
