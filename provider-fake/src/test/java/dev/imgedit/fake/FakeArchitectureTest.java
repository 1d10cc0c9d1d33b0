package dev.imgedit.fake;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class FakeArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.imgedit.fake");

    /** The values of the API (outcomes, recorded calls, settings, the clock) stand on their own. */
    @Test
    void onlyTheEntryPointsReachIntoTheImplementation() {
        noClasses().that().resideInAPackage("dev.imgedit.fake")
                .and().haveNameNotMatching("dev\\.imgedit\\.fake\\.(FakeProviderFactory|FakeService|FakeScript)(\\$.*)?")
                .should().dependOnClassesThat().resideInAPackage("dev.imgedit.fake.internal..")
                .check(CLASSES);
    }

    /**
     * The internal packages are layered (the provider and its service over the store, over the job, over the script;
     * the editor apart): only their use of the settings and outcomes of the root package, which hands them those, is
     * not counted, as in cli-app's ModuleBoundariesTest.
     */
    @Test
    void thePackagesFormNoCycle() {
        slices().matching("dev.imgedit.fake.(**)")
                .should().beFreeOfCycles()
                .ignoreDependency(resideInAPackage("dev.imgedit.fake.internal.."), resideInAPackage("dev.imgedit.fake"))
                .because("packages that need each other cannot be understood or changed one at a time")
                .check(CLASSES);
    }

    @Test
    void logsGoThroughSlf4jOnly() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(CLASSES);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
    }
}
