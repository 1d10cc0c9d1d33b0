package dev.imgedit.modelslab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The module's own rules: the public package is free of Feign and Jackson; logging is SLF4J, never the console. */
class ModelsLabArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.imgedit.modelslab");

    @Test
    void thePublicPackageShowsNoHttpOrJsonLibrary() {
        noClasses().that().resideInAPackage("dev.imgedit.modelslab")
                .should().dependOnClassesThat().resideInAnyPackage("feign..", "com.fasterxml..")
                .because("callers see only imgedit types; Feign and Jackson stay in internal")
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
