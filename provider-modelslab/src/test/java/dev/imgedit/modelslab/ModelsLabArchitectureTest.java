package dev.imgedit.modelslab;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module's own rules: the public package is free of Feign and Jackson, the packages form no cycle, and logging is
 * SLF4J, never the console.
 */
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

    /**
     * The internal packages are layers (the provider and a job's life over transfer, http, retry and reply; request
     * and redaction under them), never a loop. The internals read the settings the factory hands them: that pair of
     * edges between the API and the implementation is the one ModuleBoundariesTest allows too.
     */
    @Test
    void thePackagesFormNoCycle() {
        slices().matching("dev.imgedit.modelslab.(**)")
                .should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("dev.imgedit.modelslab.internal.."),
                        resideInAPackage("dev.imgedit.modelslab"))
                .because("packages that need each other cannot be understood or changed one at a time")
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
