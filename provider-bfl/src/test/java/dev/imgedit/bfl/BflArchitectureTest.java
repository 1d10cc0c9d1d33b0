package dev.imgedit.bfl;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The module's own rules: the public package shows no HTTP or JSON library, the internal packages do not reach back
 * into the public one and form no cycle among themselves, and logging is SLF4J, never the console.
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
    void theInternalPackagesDoNotDependOnThePublicOne() {
        noClasses().that().resideInAPackage("dev.imgedit.bfl.internal..")
                .should().dependOnClassesThat().resideInAPackage("dev.imgedit.bfl")
                .because("the factory builds on the internals, never the other way round: no package cycle")
                .check(MAIN);
    }

    /**
     * The internal packages are layers (the task flow over failure, wire and http, over model and settings), never a
     * loop; the internals' use of the public package is already refused above, so it is not counted twice.
     */
    @Test
    void thePackagesFormNoCycle() {
        slices().matching("dev.imgedit.bfl.(**)")
                .should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("dev.imgedit.bfl.internal.."), resideInAPackage("dev.imgedit.bfl"))
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
