package dev.imgedit.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;

/**
 * The module boundaries of docs/architecture.md, checked over every module at once: under {@code mvn verify} the
 * sibling modules are on this test's classpath as jars (runtime scope), so no jar may be excluded from the import.
 */
@AnalyzeClasses(packages = "dev.imgedit", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {
    private static final String[] CORE = {"dev.imgedit", "dev.imgedit.spi", "dev.imgedit.exception",
        "dev.imgedit.inject", "dev.imgedit.discovery", "dev.imgedit.util"};
    private static final String FAKE = "dev.imgedit.fake..";
    private static final String MODELSLAB = "dev.imgedit.modelslab..";
    private static final String BFL = "dev.imgedit.bfl..";
    private static final List<String> PROVIDERS = List.of(FAKE, MODELSLAB, BFL);
    private static final String IMAGING = "dev.imgedit.imaging..";
    private static final String CLI = "dev.imgedit.cli..";
    private static final String MCP = "dev.imgedit.mcp..";
    private static final String BATCH = "dev.imgedit.batch..";

    /** Guards the guards: a rule over no classes would pass whatever the code does. */
    @ArchTest
    static void importsEveryModule(JavaClasses classes) {
        assertThat(classes.contain("dev.imgedit.discovery.ImageEditProviders")).as("core").isTrue();
        assertThat(classes.contain("dev.imgedit.inject.ImageEditModule")).as("core's inject package").isTrue();
        assertThat(classes.contain("dev.imgedit.fake.FakeProviderFactory")).as("provider-fake").isTrue();
        assertThat(classes.contain("dev.imgedit.modelslab.ModelsLabProviderFactory")).as("provider-modelslab")
                .isTrue();
        assertThat(classes.contain("dev.imgedit.bfl.BflProviderFactory")).as("provider-bfl").isTrue();
        assertThat(classes.contain("dev.imgedit.imaging.InputPreparation")).as("imaging").isTrue();
        assertThat(classes.contain("dev.imgedit.cli.Imgedit")).as("cli-app").isTrue();
        assertThat(classes.contain("dev.imgedit.mcp.ImgeditMcpServer")).as("mcp").isTrue();
        assertThat(classes.contain("dev.imgedit.batch.Batch")).as("batch").isTrue();
        assertThat(classes.contain("dev.imgedit.cli.ModuleBoundariesTest")).as("tests are not imported").isFalse();
    }

    @ArchTest
    static final ArchRule coreKnowsNoProviderAndNoCli = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage(FAKE, MODELSLAB, BFL, IMAGING, CLI)
            .because("core is the API every module builds on; providers are found at run time with ServiceLoader")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule coreUsesNoImplementationLibrary = noClasses()
            .that().resideInAnyPackage(CORE)
            .should().dependOnClassesThat().resideInAnyPackage("feign..", "com.fasterxml.jackson..", "picocli..",
                    "ch.qos.logback..")
            .because("core depends on slf4j-api alone, so an application embedding it picks its own HTTP client, "
                    + "JSON library, command line and logging backend")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule guiceStaysInTheInjectPackageAndTheCli = noClasses()
            .that().resideInAPackage("dev.imgedit..")
            .and().resideOutsideOfPackages("dev.imgedit.inject", CLI)
            .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..")
            .because("Guice is optional in core (only dev.imgedit.inject binds it) and is the CLI's wiring, never a "
                    + "provider's")
            .allowEmptyShould(false);

    /** A provider is a jar dropped into lib/: it may depend on core only, never on another provider or the CLI. */
    @ArchTest
    static void eachProviderKnowsNoOtherProviderAndNoCli(JavaClasses classes) {
        for (String provider : PROVIDERS) {
            List<String> others = new ArrayList<>(PROVIDERS);
            others.remove(provider);
            others.add(CLI);
            others.add(IMAGING);
            noClasses().that().resideInAPackage(provider)
                    .and().resideOutsideOfPackage("dev.imgedit.fake.junit..")
                    .should().dependOnClassesThat().resideInAnyPackage(others.toArray(String[]::new))
                    .because("a provider is a jar dropped into lib/: it may depend on core only")
                    .allowEmptyShould(false)
                    .check(classes);
        }
    }

    @ArchTest
    static final ArchRule theMcpServerKnowsNoProviderAndNoCli = noClasses()
            .that().resideInAPackage(MCP)
            .should().dependOnClassesThat().resideInAnyPackage(FAKE, MODELSLAB, BFL, CLI)
            .because("the MCP server is a library over core and batch: it finds providers as an application does, "
                    + "and the CLI only serves it")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule onlyTheCliUsesTheMcpServer = noClasses()
            .that().resideInAPackage("dev.imgedit..")
            .and().resideOutsideOfPackages(MCP, CLI)
            .should().dependOnClassesThat().resideInAPackage(MCP)
            .because("core, imaging and the providers know nothing of the protocols they are served over")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule imagingIsALibraryOfCoreAlone = noClasses()
            .that().resideInAPackage(IMAGING)
            .should().dependOnClassesThat().resideInAnyPackage(FAKE, MODELSLAB, BFL, CLI)
            .because("readying and converting images serves every front end and provider-neutral code")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule theCliImportsNoProvider = noClasses()
            .that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(PROVIDERS.toArray(String[]::new))
            .because("the CLI finds providers with ServiceLoader, so removing a provider's jar from lib/ must "
                    + "never break it")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule batchBuildsOnCoreAndImagingAlone = classes()
            .that().resideInAPackage(BATCH)
            .should().onlyDependOnClassesThat().resideInAnyPackage(concat(CORE, BATCH, IMAGING, "java..",
                    "org.slf4j..", "org.jspecify..", "com.fasterxml.jackson..", "org.sqlite.."))
            .because("batch editing works with whichever provider an application opens: it knows core's API (and "
                    + "readies inputs with imaging), never a provider, and it is a library the CLI uses, not a part "
                    + "of the CLI")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule onlyTheCliAndTheMcpServerBuildOnBatch = noClasses()
            .that().resideInAPackage("dev.imgedit..").and().resideOutsideOfPackages(BATCH, CLI, MCP)
            .should().dependOnClassesThat().resideInAPackage(BATCH)
            .because("core, imaging and the providers come before batch; the CLI and the MCP server are the front "
                    + "ends built on it")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule theMcpServerJournalsAndRunsBatchesThroughTheBatchModule = classes()
            .that().resideInAPackage(MCP).and().haveSimpleName("Journal").or().haveSimpleName("BatchEditTool")
            .should().dependOnClassesThat().resideInAPackage("dev.imgedit.batch")
            .because("the MCP server's journal of single edits and its batch_edit are the batch module's "
                    + "JournaledEdit, JobHistory and Batch, as the CLI's are: never a second engine or journal")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule theCliRunsBatchesAndKeepsItsJournalThroughTheBatchModule = classes()
            .that().resideInAPackage(CLI).and().haveSimpleNameEndingWith("Command")
            .and().haveSimpleNameStartingWith("Batch").or().haveSimpleName("EditJournal").or()
            .haveSimpleName("UserJournal")
            .should().dependOnClassesThat().resideInAPackage("dev.imgedit.batch")
            .because("imgedit batch, imgedit jobs and the journal of single edits are the batch module's Batch, "
                    + "JobHistory and JournaledEdit; the CLI adds flags and printing, never a second engine or "
                    + "journal")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule internalPackagesStayInsideTheirModule = classes()
            .that().resideInAPackage("dev.imgedit..internal..")
            .should(beAccessedOnlyFromTheirOwnModule())
            .because("an internal package is a module's implementation, free to change without notice")
            .allowEmptyShould(false);

    /**
     * A provider's root package publishes its factory and settings record, and its internal package implements them:
     * the factory creates the internal provider and hands it the settings. That one pair of edges is the design (see
     * docs/architecture.md), as it is between batch's API and its engine, so it is not counted as a cycle; any other
     * cycle, inside a module or across, is.
     */
    @ArchTest
    static final ArchRule noPackageCycles = slices()
            .matching("dev.imgedit.(**)")
            .should().beFreeOfCycles()
            .ignoreDependency(resideInAPackage("dev.imgedit.fake.internal.."), resideInAPackage("dev.imgedit.fake"))
            .ignoreDependency(resideInAPackage("dev.imgedit.modelslab.internal.."),
                    resideInAPackage("dev.imgedit.modelslab"))
            .ignoreDependency(resideInAPackage("dev.imgedit.bfl.internal.."), resideInAPackage("dev.imgedit.bfl"))
            .ignoreDependency(resideInAPackage("dev.imgedit.batch.internal.."), resideInAPackage("dev.imgedit.batch"))
            // The CLI's frame (context, errors, exit codes, printing) registers its commands, and the commands in
            // sub-packages run in that frame; cycles among the sub-packages still count.
            .ignoreDependency(resideInAPackage("dev.imgedit.cli.internal.."),
                    resideInAPackage("dev.imgedit.cli.internal"))
            .because("packages that need each other cannot be understood, tested or split apart one at a time")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule onlyTheCliWritesToTheConsole = noClasses()
            .that().resideInAPackage("dev.imgedit..")
            .and().resideOutsideOfPackage(CLI)
            .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
            .because("standard output belongs to the command's result; libraries report through exceptions, "
                    + "listeners and SLF4J")
            .allowEmptyShould(false);

    @ArchTest
    static final ArchRule loggersArePrivateStaticFinal = fields()
            .that().haveRawType(Logger.class)
            .and().areDeclaredInClassesThat().resideInAPackage("dev.imgedit..")
            .should().bePrivate().andShould().beStatic().andShould().beFinal()
            .because("one logger per class, named after it, and not an API of the class")
            .allowEmptyShould(false);

    private static String[] concat(String[] first, String... more) {
        String[] all = Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }

    /** {@code x.y.internal.z} may be used from {@code x.y} and below, where {@code x.y} is its module's root. */
    private static ArchCondition<JavaClass> beAccessedOnlyFromTheirOwnModule() {
        return new ArchCondition<>("be accessed only from their own module's package tree") {
            @Override
            public void check(JavaClass internalClass, ConditionEvents events) {
                String packageName = internalClass.getPackageName();
                String moduleRoot = packageName.substring(0, packageName.indexOf(".internal"));
                for (Dependency dependency : internalClass.getDirectDependenciesToSelf()) {
                    String originPackage = dependency.getOriginClass().getPackageName();
                    if (!originPackage.equals(moduleRoot) && !originPackage.startsWith(moduleRoot + ".")) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()
                                + ", from outside " + moduleRoot));
                    }
                }
            }
        };
    }
}
