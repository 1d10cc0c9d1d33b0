package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code imgedit help [COMMAND]}, and "did you mean" for typos, which never repeats what could be a key. */
class HelpAndTyposTest extends PhotoDirectoryFixture {
    private static final String KEY = "sk-live-4f9a1c0e7b2d4e6f8a0b1c2d3e4f5a6b";

    @Test
    void helpWithACommandShowsThatCommandsHelp() {
        CommandRun run = imgedit.run("help", "edit");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: imgedit edit ").contains("--prompt=TEXT", "--output-dir=DIR");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpAloneShowsEveryCommandAndWhereTheDocumentationIs() {
        CommandRun run = imgedit.run("help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: imgedit ")
                .contains("edit", "fetch", "providers", "mcp", "config", "doctor", "completion", "help", "docs/cli.md");
    }

    @ParameterizedTest
    @ValueSource(strings = {"edit -V", "batch --version", "fetch -V", "jobs -V", "jobs show -V", "providers -V",
        "doctor -V", "config show --version", "mcp -V"})
    void everyCommandsVersionOptionPrintsImgeditsVersion(String arguments) {
        CommandRun version = imgedit.run("--version");

        CommandRun run = imgedit.run(arguments.split(" "));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).startsWith("imgedit ").isEqualTo(version.out());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void helpForAMistypedCommandSuggestsTheRightOneAndNeverRepeatsAKey() {
        CommandRun typo = imgedit.run("help", "edti");
        CommandRun key = imgedit.run("help", KEY);

        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.errorLines()).containsExactly("imgedit: error: unknown command 'edti': did you mean 'edit'? "
                + "(see 'imgedit help')");
        assertThat(key.exitCode()).isEqualTo(2);
        assertThat(key.out() + key.err()).doesNotContain(KEY).contains("not repeated here");
    }

    @Test
    void aMistypedOptionIsNamedWithASuggestionBeforeAnyMissingOption() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "--promt", "snow");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .contains("Unknown option: '--promt'", "did you mean --prompt")
                .doesNotContain("Missing required");
    }

    @Test
    void aMistypedCommandIsSuggestedAsACommand() {
        CommandRun run = imgedit.run("provders");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).containsExactly("imgedit: error: unknown command 'provders': did you mean "
                + "'providers'? (see 'imgedit help')");
    }

    @Test
    void aMistypedCommandIsTheOneProblemWhateverFollowsIt() {
        CommandRun run = imgedit.run("edti", "-i", "photo.png", "-p", "snow");
        CommandRun nested = imgedit.run("config", "shwo");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).containsExactly("imgedit: error: unknown command 'edti': did you mean 'edit'? "
                + "(see 'imgedit help')");
        assertThat(nested.exitCode()).isEqualTo(2);
        assertThat(nested.errorLines()).containsExactly("imgedit: error: unknown command 'config shwo': did you mean "
                + "'show'? (see 'imgedit config --help')");
    }

    @Test
    void aWordLikeNoCommandListsTheCommandsRatherThanAFarFetchedGuess() {
        CommandRun help = imgedit.run("help", "nosuch");
        CommandRun run = imgedit.run("nosuch");

        for (CommandRun each : java.util.List.of(help, run)) {
            assertThat(each.exitCode()).isEqualTo(2);
            assertThat(each.errorLines()).containsExactly("imgedit: error: unknown command 'nosuch': the commands are "
                    + "edit, fetch, batch, jobs, providers, mcp, config, doctor, completion, help (see 'imgedit help')");
        }
    }

    @Test
    void anUnknownExtraWordIsAnErrorAndOneThatCouldBeAKeyIsNotRepeated() {
        CommandRun word = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "winter");
        CommandRun key = imgedit.run("edit", "-i", "photo.png", "-p", "snow", KEY);
        CommandRun afterHelp = imgedit.run("help", "edit", "extra");

        assertThat(word.exitCode()).isEqualTo(2);
        assertThat(word.errorLines()).singleElement().asString().contains("unexpected argument: 'winter'");
        assertThat(key.exitCode()).isEqualTo(2);
        assertThat(key.out() + key.err()).doesNotContain(KEY).contains("1 unexpected argument (not repeated here");
        assertThat(afterHelp.exitCode()).isEqualTo(2);
        assertThat(directory.resolve("photo.edited.png")).doesNotExist();
    }
}
