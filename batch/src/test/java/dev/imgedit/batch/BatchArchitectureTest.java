package dev.imgedit.batch;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.slf4j.Logger;

/**
 * The batch module's place among the modules (docs/architecture.md): it builds on core alone, never on a provider
 * (the providers on this test's class path are there for the tests only), and keeps its implementation internal.
 */
@AnalyzeClasses(packages = "dev.imgedit", importOptions = ImportOption.DoNotIncludeTests.class)
class BatchArchitectureTest {
    private static final String BATCH = "dev.imgedit.batch..";

    /** Guards the guards: a rule over no classes would pass whatever the code does. */
    @ArchTest
    static void importsTheBatchModuleAndTheProvidersBesideIt(JavaClasses classes) {
        assertThat(classes.contain("dev.imgedit.batch.Batch")).isTrue();
        assertThat(classes.contain("dev.imgedit.batch.internal.engine.BatchEngine")).isTrue();
        assertThat(classes.contain("dev.imgedit.fake.FakeProviderFactory")).as("a provider to stay away from")
                .isTrue();
        assertThat(classes.contain("dev.imgedit.modelslab.ModelsLabProviderFactory")).isTrue();
    }

    @ArchTest
    static final ArchRule batchDependsOnCoreNeverOnAProviderOrTheCli = noClasses()
            .that().resideInAPackage(BATCH)
            .should().dependOnClassesThat().resideInAnyPackage("dev.imgedit.fake..", "dev.imgedit.modelslab..",
                    "dev.imgedit.cli..")
            .because("batch editing works with any provider the application opens; providers are found at run time")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule batchUsesNoCliLibrary = noClasses()
            .that().resideInAPackage(BATCH)
            .should().dependOnClassesThat().resideInAnyPackage("picocli..", "ch.qos.logback..", "com.google.inject..",
                    "feign..", "me.tongfei..")
            .because("an application embedding batch picks its own command line, logging backend and wiring")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule onlyTheJournalKnowsJdbc = noClasses()
            .that().resideInAPackage(BATCH).and().resideOutsideOfPackage("dev.imgedit.batch.internal.journal..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
            .because("the journal is a small interface over JDBC, so another store can stand in for SQLite")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule theInternalPackagesAreUsedOnlyInsideTheModule = classes()
            .that().resideInAPackage("dev.imgedit.batch.internal..")
            .should().onlyBeAccessed().byAnyPackage(BATCH)
            .because("batch.internal is the module's implementation, free to change without notice")
            .allowEmptyShould(false);

    /**
     * The API package publishes the entry points and values, the internal packages implement them: that pair of
     * edges is the design, as in the provider modules; any other cycle is not.
     */
    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("dev.imgedit.batch.(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("dev.imgedit.batch.internal.."), resideInAPackage("dev.imgedit.batch"))
            .ignoreDependency(resideInAPackage("dev.imgedit.batch"), resideInAPackage("dev.imgedit.batch.internal.."))
            .because("packages that need each other cannot be understood or changed one at a time")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule noConsoleOutput = noClasses()
            .that().resideInAPackage(BATCH)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("a library reports through its listener, its summary and SLF4J; only the CLI prints")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule loggersArePrivateStaticFinal = fields()
            .that().haveRawType(Logger.class).and().areDeclaredInClassesThat().resideInAPackage(BATCH)
            .should().bePrivate().andShould().beStatic().andShould().beFinal()
            .because("one logger per class, named after it")
            .allowEmptyShould(false);
}
