package dev.imgedit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.Test;

/** Rules core keeps on its own; the rules between modules live in cli-app, which sees every module. */
class CoreArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.imgedit");

    @Test
    void coreIsProviderNeutral() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("feign..", "com.fasterxml.jackson..", "picocli..", "ch.qos.logback..",
                        "dev.imgedit.fake..", "dev.imgedit.modelslab..", "dev.imgedit.cli..")
                .because("core is the provider-neutral API: transports, JSON, the CLI and logging backends belong"
                        + " to the modules that need them")
                .check(CORE);
    }

    @Test
    void onlyTheInjectPackageUsesGuice() {
        noClasses().that().resideOutsideOfPackage("dev.imgedit.inject..")
                .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "com.google.common..")
                .because("Guice is an optional dependency of core: applications without it must never load it")
                .check(CORE);
    }

    @Test
    void coreNeverWritesToTheConsole() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("a library logs through SLF4J; only the CLI prints")
                .check(CORE);
    }

    @Test
    void loggersArePrivateStaticFinal() {
        fields().that().haveRawType(org.slf4j.Logger.class)
                .should().bePrivate().andShould().beStatic().andShould().beFinal()
                .because("one logger per class, named after it, never passed around")
                .allowEmptyShould(true)
                .check(CORE);
    }

    @Test
    void exceptionsBelongToTheOneTree() {
        classes().that().areAssignableTo(RuntimeException.class).and().resideInAPackage("dev.imgedit..")
                .should().beAssignableTo(dev.imgedit.exception.ImageEditException.class)
                .because("callers catch one exception type and decide on its kind")
                .check(CORE);
    }

    @Test
    void packagesHaveNoCyclesTheRootPackageIncluded() {
        SlicesRuleDefinition.slices().assignedFrom(TOP_LEVEL_PACKAGES).should().beFreeOfCycles().check(CORE);
    }

    @Test
    void theApiPackageDependsOnNoOtherPackageButTheExceptionTreeAndUtilities() {
        noClasses().that().resideInAPackage("dev.imgedit")
                .should().dependOnClassesThat().resideInAnyPackage("dev.imgedit.spi..", "dev.imgedit.discovery..",
                        "dev.imgedit.inject..")
                .because("the values and the provider interface are the bottom layer: the SPI, discovery and"
                        + " Guice wiring build on them, never the other way round")
                .check(CORE);
    }

    /** One slice per package directly under dev.imgedit, the root package being a slice of its own. */
    private static final SliceAssignment TOP_LEVEL_PACKAGES = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            String name = javaClass.getPackageName();
            if (name.equals("dev.imgedit")) {
                return SliceIdentifier.of("dev.imgedit");
            }
            if (name.startsWith("dev.imgedit.")) {
                return SliceIdentifier.of("dev.imgedit." + name.substring("dev.imgedit.".length()).split("\\.")[0]);
            }
            return SliceIdentifier.ignore();
        }

        @Override
        public String getDescription() {
            return "packages directly under dev.imgedit, the root included";
        }
    };
}
