package dev.imgedit.imaging;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ImagingArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.imgedit.imaging");

    @Test
    void imagingKnowsCoreAndImageIoButNoProviderNorTheCli() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("dev.imgedit.fake..", "dev.imgedit.modelslab..", "dev.imgedit.cli..",
                        "dev.imgedit.discovery..", "dev.imgedit.inject..", "feign..", "com.fasterxml.jackson..",
                        "picocli..", "ch.qos.logback..", "com.google..")
                .because("imaging is a library the CLI, batch and MCP work build on, never the other way round")
                .check(CLASSES);
    }

    @Test
    void webpIsReadThroughImageIoNeverThroughTwelveMonkeysClasses() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("com.twelvemonkeys..")
                .because("the WebP reader is an ImageIO plugin; a different one can take its place")
                .check(CLASSES);
    }

    @Test
    void theApiHandsOutNoInternalTypeAndInternalNeverCallsBack() {
        noMethods().that().arePublic().and().areDeclaredInClassesThat().resideInAPackage("dev.imgedit.imaging")
                .should().haveRawReturnType(JavaClass.Predicates.resideInAPackage("dev.imgedit.imaging.internal.."))
                .because("callers see the API only; internal may change any day")
                .check(CLASSES);
        noClasses().that().resideInAPackage("dev.imgedit.imaging.internal..")
                .should().dependOnClassesThat().resideInAPackage("dev.imgedit.imaging")
                .because("the API builds on internal, not the other way round")
                .check(CLASSES);
    }

    @Test
    void fileStructuresAreWalkedWithoutDecoding() {
        noClasses().that().resideInAPackage("dev.imgedit.imaging.internal.metadata..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.imageio..", "java.awt.image..",
                        "dev.imgedit.imaging.internal")
                .because("stripping metadata must leave the pixels' bytes as they were, so it never decodes them")
                .check(CLASSES);
    }

    @Test
    void logsGoThroughSlf4jOnlyAndNothingIsPrinted() {
        NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.because("a library logs through SLF4J; only the CLI prints")
                .check(CLASSES);
        NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(CLASSES);
        fields().that().haveRawType(org.slf4j.Logger.class)
                .should().bePrivate().andShould().beStatic().andShould().beFinal()
                .check(CLASSES);
    }
}
