package dev.imgedit.cli.internal.help;

import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.ExitCode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code imgedit completion bash|zsh}: the completion script picocli's {@link AutoComplete} writes for the whole
 * command tree. The same script serves zsh, through zsh's bash-completion emulation, which it switches on itself.
 */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = {
            "Print a shell completion script for imgedit.",
            "bash: source <(imgedit completion bash)   (or save it in ~/.local/share/bash-completion/completions/imgedit)",
            "zsh:  source <(imgedit completion zsh)    (for instance in ~/.zshrc)"
        })
public final class CompletionCommand implements Callable<Integer> {
    /** The shells the script is written for, offered when completing {@code imgedit completion <TAB>}. */
    static final class Shells extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        Shells() {
            super(List.of("bash", "zsh"));
        }
    }

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SHELL", completionCandidates = Shells.class, description = "bash or zsh.")
    private String shell;

    @Override
    public Integer call() {
        if (!new Shells().contains(shell)) {
            throw CliException.invalid("imgedit completes commands in bash and zsh only: give 'bash' or 'zsh'");
        }
        String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
        spec.commandLine().getOut().print("# imgedit completion for " + shell + ": source <(imgedit completion "
                + shell + ")\n" + script);
        spec.commandLine().getOut().flush();
        return ExitCode.SUCCESS.code();
    }
}
