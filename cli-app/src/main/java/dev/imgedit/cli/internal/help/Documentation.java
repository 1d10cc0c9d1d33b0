package dev.imgedit.cli.internal.help;

import dev.imgedit.cli.internal.CommandContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where a user finds the documentation: in the installed copy when imgedit runs from one. */
public final class Documentation {
    /** The reference of the command line, in the distribution's docs/ folder and in the repository. */
    static final String CLI_REFERENCE = "docs/cli.md";

    private Documentation() {}

    /** The last lines of {@code imgedit --help}. */
    public static String[] footer(CommandContext context) {
        Path home = context.installationDirectory();
        List<String> lines = new ArrayList<>(List.of(""));
        if (home != null && Files.isRegularFile(home.resolve(CLI_REFERENCE))) {
            // Each path starts a line of its own, so that picocli's wrapping at 80 columns does not split it.
            lines.add("Exit codes, environment variables and the config file:");
            lines.add("  " + home.resolve(CLI_REFERENCE));
            Path manPages = home.resolve("man");
            if (Files.isDirectory(manPages)) {
                lines.add("Man pages (imgedit, imgedit-edit, ...):");
                lines.add("  man -M " + manPages + " imgedit");
            }
        } else {
            lines.add("Exit codes, environment variables and the config file: " + CLI_REFERENCE
                    + " in the imgedit distribution");
        }
        return lines.toArray(String[]::new);
    }
}
