package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code imgedit completion bash|zsh}: the script, loaded in a real bash, completes commands and options. */
class CompletionTest extends PhotoDirectoryFixture {

    @Test
    void bashCompletesCommandsAndOptions() throws Exception {
        CommandRun run = imgedit.run("completion", "bash");
        assertThat(run.exitCode()).as(run.toString()).isZero();
        Path script = Files.writeString(directory.resolve("imgedit.bash"), run.out());

        assertThat(complete(script, "imgedit", "pro")).contains("providers");
        assertThat(complete(script, "imgedit", "edit", "--pro")).contains("--prompt", "--provider", "--profile");
        assertThat(complete(script, "imgedit", "completion", "")).contains("bash", "zsh");
    }

    @Test
    void zshGetsTheSameScriptWhichSwitchesOnZshsBashCompletion() {
        CommandRun run = imgedit.run("completion", "zsh");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("# imgedit completion for zsh").contains("bashcompinit", "complete -F");
    }

    @Test
    void anotherShellIsAUsageError() {
        CommandRun run = imgedit.run("completion", "fish");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("bash and zsh only");
        assertThat(run.out()).isEmpty();
    }

    /** What bash offers after the words typed so far, the last one being completed. */
    private String complete(Path script, String... words) throws IOException, InterruptedException {
        StringBuilder array = new StringBuilder();
        for (String word : words) {
            array.append('\'').append(word).append("' ");
        }
        String command = "source '" + script + "'; COMP_WORDS=(" + array + "); COMP_CWORD=" + (words.length - 1)
                + "; COMP_LINE='" + String.join(" ", words) + "'; COMP_POINT=${#COMP_LINE}; _complete_imgedit 2>/dev/null; "
                + "printf '%s\\n' \"${COMPREPLY[@]}\"";
        // compopt complains outside a real completion; its message goes nowhere.
        Process bash = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
