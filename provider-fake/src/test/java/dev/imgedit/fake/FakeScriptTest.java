package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.EditRequest;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.testkit.TestImages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A script: the same outcomes in Java and in a file, taken in order, and strict about running out or going unused. */
class FakeScriptTest {
    private static final String FILE = """
            # the first submit is rate limited, the second queues for two status checks
            rate-limited retry-after=2s

            succeeds after-checks=2 after=1500ms
            job-rejected when-prompt-contains="a cat"
            """;

    @TempDir
    Path directory;

    private static EditRequest request(String prompt) {
        return EditRequest.builder(Pictures.input(TestImages.scene(32, 24)), prompt).build();
    }

    @Test
    void theFileFormReadsAsTheJavaForm() {
        assertThat(FakeScript.parse(FILE).outcomes()).containsExactly(
                Outcome.rateLimited(Duration.ofSeconds(2)),
                Outcome.succeeds().afterChecks(2).after(Duration.ofMillis(1500)),
                Outcome.jobRejected().whenPromptContains("a cat"));
    }

    @Test
    void everyOutcomeWritesTheLineThatReadsBackAsIt() {
        List<Outcome> outcomes = Arrays.stream(Outcome.Kind.values()).map(Outcome::of).toList();
        FakeScript script = FakeScript.of(outcomes.toArray(Outcome[]::new)).enqueue(
                Outcome.rateLimited(Duration.ofMillis(250)),
                Outcome.jobFails().afterChecks(3).after(Duration.ofMinutes(2)).whenPromptContains("say \"hi\" \\ go"));

        assertThat(FakeScript.parse(script.toText()).outcomes()).isEqualTo(script.outcomes());
        assertThat(Outcome.rateLimited(Duration.ofSeconds(2))).hasToString("rate-limited retry-after=2s");
        assertThat(Outcome.succeeds().afterChecks(1).whenPromptContains("a cat"))
                .hasToString("succeeds after-checks=1 when-prompt-contains=\"a cat\"");
    }

    @Test
    void aFileIsReadAsUtf8() throws IOException {
        Path file = Files.writeString(directory.resolve("retry.txt"), FILE);
        assertThat(FakeScript.read(file).outcomes()).isEqualTo(FakeScript.parse(FILE).outcomes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "rate-limit|line 1: 'rate-limit' is not an outcome: use one of succeeds, never-finishes",
        "succeeds after-checks=two|line 1: after-checks must be a whole number",
        "succeeds after=soon|line 1: after 'soon' is not a duration",
        "never-finishes after-checks=2|line 1: never-finishes takes no after-checks or after",
        "succeeds retry-after=2s|line 1: retry-after is a positive wait of rate-limited, not of succeeds",
        "succeeds speed=fast|line 1: 'speed' is not an option of an outcome",
        "succeeds after-checks|line 1: 'after-checks' is not name=value",
        "succeeds when-prompt-contains=\"a cat|line 1: a double quote is not closed",
        "succeeds after-checks=1 after-checks=2|line 1: after-checks is given twice"
    })
    void aLineThatIsNotAnOutcomeIsRefusedNamingItsLine(String line, String message) {
        assertThatThrownBy(() -> FakeScript.parse(line))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("the fake's script, " + message);
    }

    @Test
    void aMissingFileIsRefusedNamingIt() {
        Path missing = directory.resolve("nowhere.txt");
        assertThatThrownBy(() -> FakeScript.read(missing))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("script file '" + missing + "' does not exist: check the path");
        assertThatThrownBy(() -> FakeScript.read(directory))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("is a directory");
    }

    @Test
    void outcomesAreTakenInOrderAndOnesForAPromptByTheFirstSubmitOfIt() {
        FakeScript script = FakeScript.parse(FILE);

        assertThat(script.next(request("A CAT in the snow"), Outcome.succeeds()).outcome())
                .isEqualTo(Outcome.jobRejected().whenPromptContains("a cat"));
        assertThat(script.next(request("a cat again"), Outcome.succeeds()).outcome().kind())
                .as("a cat's outcome is used: back to script order").isEqualTo(Outcome.Kind.RATE_LIMITED);
        assertThat(script.next(request("snow"), Outcome.succeeds()).told()).isEqualTo("outcome 2 of the fake's script");
        assertThat(script.unused()).isEmpty();
        script.verify();
    }

    @Test
    void aSubmitFindingNothingLeftFailsAndSoDoesVerify() {
        FakeScript script = FakeScript.of(Outcome.succeeds());
        script.next(request("snow"), Outcome.succeeds());

        assertThatThrownBy(() -> script.next(request("night"), Outcome.succeeds()))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        refused -> assertThat(refused.isRetriable()).isFalse())
                .hasMessage("the fake's script has no outcome left for a submit of 'night': all 1 were used; add "
                        + "outcomes to the script");
        assertThatThrownBy(script::verify).isInstanceOf(AssertionError.class)
                .hasMessageContaining("no outcome left for a submit of 'night'");
    }

    @Test
    void outcomesLeftForAnotherPromptAreNamedWhenTheScriptRunsOut() {
        FakeScript script = FakeScript.of(Outcome.jobFails().whenPromptContains("dog"));
        assertThatThrownBy(() -> script.next(request("cat"), Outcome.succeeds()))
                .hasMessageContaining("those left wait for prompts containing 'dog'");
    }

    @Test
    void verifyNamesTheOutcomesNeverUsed() {
        FakeScript script = FakeScript.of(Outcome.succeeds(), Outcome.neverFinishes(), Outcome.jobFails());
        script.next(request("snow"), Outcome.succeeds());

        assertThat(script.unused()).containsExactly(Outcome.neverFinishes(), Outcome.jobFails());
        assertThatThrownBy(script::verify).isInstanceOf(AssertionError.class)
                .hasMessage("the fake's script has outcomes no submit used: #2 never-finishes, #3 job-fails");
    }

    @Test
    void anEmptyScriptGivesTheDefaultToEverySubmitAndVerifies() {
        FakeScript script = FakeScript.of();
        for (int i = 0; i < 3; i++) {
            assertThat(script.next(request("snow"), Outcome.succeeds()).outcome()).isEqualTo(Outcome.succeeds());
        }
        script.verify();
    }

    @Test
    void codeCannotBuildAnOutcomeThatMakesNoSense() {
        assertThatThrownBy(() -> Outcome.rateLimited().afterChecks(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the submit is refused, so no job runs");
        assertThatThrownBy(() -> Outcome.rateLimited(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Outcome.succeeds().whenPromptContains(" ")).isInstanceOf(
                IllegalArgumentException.class);
    }
}
