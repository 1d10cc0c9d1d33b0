package dev.imgedit.cli.internal.mcp;

import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.ExitCode;
import dev.imgedit.cli.internal.RootCommand;
import dev.imgedit.cli.internal.VersionProvider;
import dev.imgedit.cli.internal.jobs.UserJournal;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.mcp.ImgeditMcpServer;
import dev.imgedit.spi.ProviderConfig;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code imgedit mcp}: the MCP server over standard input and output, for AI agents. */
@Command(
        name = "mcp",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Serve the Model Context Protocol on standard input and output, for AI agents.",
            "An agent (Claude Desktop, Claude Code, VS Code, ...) can then edit images with the tools edit_image, "
                    + "batch_edit, fetch_job, get_job, list_jobs and list_providers. Every job goes in the job "
                    + "journal that 'imgedit jobs' lists. Standard output carries nothing but the protocol; logs go "
                    + "to standard error. Files are read and written only under the client's roots and the "
                    + "--allow-dir directories. See docs/mcp.md."
        })
public final class McpCommand implements Callable<Integer> {
    private final CommandContext context;

    @ParentCommand
    private RootCommand root;

    @Option(names = "--allow-dir", paramLabel = "DIR",
            description = "A directory whose files the tools may read and write (repeatable), besides the roots "
                    + "the client offers.")
    private List<String> allowedDirectories = new ArrayList<>();

    public McpCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        root.applyLogging();
        List<Path> allowed = new ArrayList<>();
        for (String text : allowedDirectories) {
            Path directory = context.resolve(text);
            if (!Files.isDirectory(directory)) {
                throw CliException.invalid("--allow-dir '" + text + "' is not an existing directory: create it or "
                        + "name another");
            }
            allowed.add(directory);
        }
        ImgeditMcpServer.Builder builder = ImgeditMcpServer.builder(ImageEditProviders.discover(),
                ProviderConfig.of(context.environment())).version(VersionProvider.version())
                .allowDirectoryAdvice("open it as a root in the client, or restart 'imgedit mcp' with --allow-dir DIR")
                .journal(UserJournal.location(context));
        allowed.forEach(builder::allowDirectory);
        context.notice("serving MCP on standard input and output" + (allowed.isEmpty() ? ""
                : "; open to " + String.join(", ", allowed.stream().map(Path::toString).toList())));
        // The protocol owns standard output: a library that prints there by mistake would corrupt it, so for the
        // server's life System.out is standard error, and the protocol writes to the stream it was handed.
        PrintStream systemOut = System.out;
        System.setOut(context.err());
        try (ImgeditMcpServer server = builder.build()) {
            server.serveStdio(context.in(), context.out());
        } finally {
            System.setOut(systemOut);
        }
        return ExitCode.SUCCESS.code();
    }
}
