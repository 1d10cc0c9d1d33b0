package dev.imgedit.bfl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module's own rules: the public package shows no HTTP or JSON library, the internal package does not reach back
 * into the public one (so the two form no cycle), and logging is SLF4J, never the console.
 */
class BflArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.imgedit.bfl");

    @Test
    void thePublicPackageShowsNoHttpOrJsonLibrary() {
        noClasses().that().resideInAPackage("dev.imgedit.bfl")
                .should().dependOnClassesThat().resideInAnyPackage("feign..", "com.fasterxml..")
                .because("callers see only imgedit types; Feign and Jackson stay in internal")
                .check(MAIN);
    }

    @Test
    void theInternalPackageDoesNotDependOnThePublicOne() {
        noClasses().that().resideInAPackage("dev.imgedit.bfl.internal")
                .should().dependOnClassesThat().resideInAPackage("dev.imgedit.bfl")
                .because("the factory builds on the internals, never the other way round: no package cycle")
                .check(MAIN);
    }

    @Test
    void nothingWritesToTheConsole() {
        noClasses().should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .because("the provider logs through SLF4J only")
                .check(MAIN);
    }

    @Test
    void loggersArePrivateStaticFinal() {
        fields().that().haveRawType(org.slf4j.Logger.class)
                .should().bePrivate().andShould().beStatic().andShould().beFinal()
                .check(MAIN);
    }
}
