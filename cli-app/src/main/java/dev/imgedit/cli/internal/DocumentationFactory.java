package dev.imgedit.cli.internal;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.IFactory;

/**
 * Creates the commands for picocli's man page generator, which the build runs ({@code picocli.codegen.docgen.manpage
 * .ManPageGenerator --factory=...}): the commands as a user sees them, with no environment, so no config file, and
 * nothing run.
 */
public final class DocumentationFactory implements IFactory {
    private final CommandFactory commands = new CommandFactory(new CommandContext(Map.of(),
            InputStream.nullInputStream(), System.out, System.err, Path.of(""), false, null));

    @Override
    public <K> K create(Class<K> type) throws Exception {
        return commands.create(type);
    }
}
