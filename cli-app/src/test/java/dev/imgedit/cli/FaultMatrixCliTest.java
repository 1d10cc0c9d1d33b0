package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.modelslab.ModelsLabSettings;
import dev.imgedit.modelslab.faults.ExitCodes;
import dev.imgedit.modelslab.faults.ModelsLabFaultStage;
import dev.imgedit.modelslab.faults.ModelsLabKept;
import dev.imgedit.testkit.faults.FaultCase;
import dev.imgedit.testkit.faults.FaultStage;
import dev.imgedit.testkit.secrets.SecretForms;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of the ModelsLab fault matrix (provider-modelslab's {@code FaultMatrix}, the network and the service
 * failing in each way it can) through {@code imgedit edit --provider modelslab}: the row's exit code, one error line
 * holding the row's words and no stack trace, nothing on standard output, no output or temporary file left behind,
 * and no form of the key anywhere. Rows that end well write the image. Waits are real here (short, set by the
 * stage), unlike the library's run of the same rows.
 */
class FaultMatrixCliTest {
    private static final Set<String> NOTICES = Set.of("imgedit: using provider ", "imgedit: job ",
            "imgedit: waiting ");

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.imgedit.modelslab.faults.FaultMatrix#cases")
    void eachFaultEndsWithItsExitCodeAndOneLine(FaultCase<ModelsLabFaultStage, ModelsLabKept> row) {
        try (ModelsLabFaultStage stage = ModelsLabFaultStage.start()) {
            row.arming().accept(stage);
            Map<String, String> settings = stage.settings(row);
            CommandRunner imgedit = new CommandRunner(directory).without("IMGEDIT_PROVIDER");
            settings.forEach(imgedit::with);
            String input = row.input() == FaultCase.Input.FILE
                    ? TestImages.png(directory.resolve("photo.png"), 64, 48).getFileName().toString()
                    : stage.inputUrl();
            DirectorySnapshot before = DirectorySnapshot.of(directory);

            CommandRun run = imgedit.run("edit", "-i", input, "-p", FaultStage.PROMPT, "--provider", "modelslab",
                    "--timeout", row.timeout().toMillis() + "ms");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.of(row.kind()));
            assertThat(run.err()).as("no stack trace").doesNotContain("\tat ", "Exception");
            assertThat(run.errLines()).as(run.toString()).allMatch(line -> line.startsWith("imgedit: error: ")
                    || NOTICES.stream().anyMatch(line::startsWith));
            for (String form : keyForms(stage, settings)) {
                assertThat(run.out() + run.err()).as("a form of the key").doesNotContain(form);
            }
            if (row.succeeds()) {
                assertThat(run.errorLines()).isEmpty();
                assertThat(directory.resolve(run.out().strip())).as(run.toString()).isNotEmptyFile();
                return;
            }
            assertThat(run.errorLines()).as(run.toString()).singleElement().asString().contains(row.message());
            assertThat(run.out()).isEmpty();
            assertThat(DirectorySnapshot.of(directory)).as("no output or temporary file").isEqualTo(before);
        }
    }

    /**
     * Issue 5's secrets rule over the same rows: with everything turned up ({@code --debug}, Logback at TRACE,
     * Feign at FULL) and {@code --json}, no form of the key in standard output, standard error (stack traces
     * included), the JSON object or the log.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.imgedit.modelslab.faults.FaultMatrix#cases")
    void eachFaultUnderFullDebugLoggingShowsNoFormOfTheKey(FaultCase<ModelsLabFaultStage, ModelsLabKept> row) {
        try (ModelsLabFaultStage stage = ModelsLabFaultStage.start(); LogCapture log = LogCapture.start()) {
            row.arming().accept(stage);
            Map<String, String> settings = stage.settings(row);
            CommandRunner imgedit = new CommandRunner(directory).without("IMGEDIT_PROVIDER")
                    .with("IMGEDIT_LOG_LEVEL", "trace");
            settings.forEach(imgedit::with);
            imgedit.with("MODELSLAB_HTTP_LOG", "full");
            String input = row.input() == FaultCase.Input.FILE
                    ? TestImages.png(directory.resolve("photo.png"), 64, 48).getFileName().toString()
                    : stage.inputUrl();

            CommandRun run = imgedit.run("--debug", "edit", "-i", input, "-p", FaultStage.PROMPT, "--provider",
                    "modelslab", "--timeout", row.timeout().toMillis() + "ms", "--json", "--force");

            assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.of(row.kind()));
            assertThat(log.text()).as("the full HTTP log was on").contains("---> POST");
            for (String form : keyForms(stage, settings)) {
                assertThat(run.out()).as("standard output and the JSON object").doesNotContain(form);
                assertThat(run.err()).as("standard error").doesNotContain(form);
                assertThat(log.text()).as("the log").doesNotContain(form);
            }
        }
    }

    private static List<String> keyForms(ModelsLabFaultStage stage, Map<String, String> settings) {
        List<String> forms = new ArrayList<>(SecretForms.of(stage.server().apiKey()));
        forms.addAll(SecretForms.of(settings.get(ModelsLabSettings.API_KEY)));
        return forms;
    }
}
