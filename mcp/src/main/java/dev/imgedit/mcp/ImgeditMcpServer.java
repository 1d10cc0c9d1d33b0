package dev.imgedit.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.discovery.Fallback;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.mcp.internal.stdio.StdioTransport;
import dev.imgedit.spi.ProviderConfig;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * imgedit's Model Context Protocol server: the tools {@code edit_image}, {@code fetch_job}, {@code batch_edit},
 * {@code get_job}, {@code list_jobs} and {@code list_providers} over the installed providers, for AI agents. Local
 * files are read and written only under the roots the client offers and the directories allowed here (by their real
 * paths); a file the server did not write is never overwritten; every job is journaled, so none is lost and a retry
 * never pays twice; no secret setting's value appears in anything a client receives.
 *
 * <pre>{@code
 * try (ImgeditMcpServer server = ImgeditMcpServer.builder(ImageEditProviders.discover(), config)
 *         .allowDirectory(Path.of("/home/me/photos"))
 *         .journal(JobHistory.defaultLocation(System.getenv()))   // the user's job journal, as the CLI's
 *         .version("1.0").build()) {
 *     server.serveStdio(System.in, System.out);   // returns when the client closes standard input
 * }
 * }</pre>
 *
 * Thread-safe; one instance may serve several transports, which then share its providers, its record of written
 * files and its journal.
 */
public final class ImgeditMcpServer implements AutoCloseable {
    /** The name the server gives in its handshake. */
    public static final String NAME = "imgedit";

    private static final String INSTRUCTIONS = "Edits images with a prompt through AI image-editing services. "
            + "Call list_providers to see the models and what they take. edit_image writes the result to a file and "
            + "returns its path and a small preview; it costs money, so pass an idempotency_key and repeat it when "
            + "retrying. If it times out, the job goes on: fetch_job (or the same call with the same key) gets it. "
            + "batch_edit edits a folder of images with one prompt; call it again with the same arguments to go on "
            + "where it stopped. Every job is journaled: list_jobs and get_job show where each stands. "
            + "Files are read and written only inside the directories open to imgedit.";

    private final ServerTools tools;
    private final McpJsonMapper json = new JacksonMcpJsonMapper(new ObjectMapper());
    private final String version;

    private ImgeditMcpServer(Builder builder) {
        tools = new ServerTools(builder.providers, builder.config, builder.fallback, builder.allowed, builder.advice,
                builder.journal);
        version = builder.version;
    }

    /**
     * @param providers the providers the tools edit with
     * @param config their settings (keys among them), as for {@link ImageEditProviders#choose}
     */
    public static Builder builder(ImageEditProviders providers, ProviderConfig config) {
        return new Builder(providers, config);
    }

    /** Serves over {@code transport} (stdio, or one of the SDK's HTTP transports) until the returned server closes. */
    public McpSyncServer start(McpServerTransportProvider transport) {
        return McpServer.sync(transport)
                .serverInfo(NAME, version)
                .instructions(INSTRUCTIONS)
                .jsonMapper(json)
                .capabilities(McpSchema.ServerCapabilities.builder().tools(false).build())
                .requestTimeout(Duration.ofSeconds(15))
                .tools(tools.specifications(json))
                .build();
    }

    /**
     * Serves one client over newline-delimited JSON-RPC, the MCP stdio transport, until {@code in} ends (the client
     * closed it or went away) and every message read before the end is answered: a tool call running finishes
     * first. A line that is no JSON-RPC message is answered with a JSON-RPC error (parse error, invalid request) and
     * skipped. Nothing but protocol messages is written to {@code out}.
     *
     * @throws InterruptedException when the thread is interrupted while serving; the server is closed first
     */
    public void serveStdio(InputStream in, OutputStream out) throws InterruptedException {
        StdioTransport transport = new StdioTransport(json, in, out);
        McpSyncServer server = start(transport);
        try {
            transport.serve();
        } finally {
            server.closeGracefully();
        }
    }

    /** Closes the providers the tools opened, and the job journal. */
    @Override
    public void close() {
        tools.close();
    }

    /** Sets up an {@link ImgeditMcpServer}. */
    public static final class Builder {
        private final ImageEditProviders providers;
        private final ProviderConfig config;
        private final List<Path> allowed = new ArrayList<>();
        private Fallback fallback = Fallback.OFFLINE;
        private String version = "unknown";
        private String advice = "allow the directory in the server's configuration";
        private @Nullable Path journal;

        private Builder(ImageEditProviders providers, ProviderConfig config) {
            this.providers = Objects.requireNonNull(providers, "providers is null");
            this.config = Objects.requireNonNull(config, "config is null");
        }

        /** Opens {@code directory} (and everything under it) to every client, besides the roots each offers. */
        public Builder allowDirectory(Path directory) {
            allowed.add(directory.toAbsolutePath().normalize());
            return this;
        }

        /**
         * Whether a call that names no provider, when no online provider is configured, edits with an offline one
         * (default {@link Fallback#OFFLINE}: the result says so) or fails naming the key to set.
         */
        public Builder fallback(Fallback fallback) {
            this.fallback = Objects.requireNonNull(fallback, "fallback is null");
            return this;
        }

        /** The version the server gives in its handshake. */
        public Builder version(String version) {
            this.version = Objects.requireNonNull(version, "version is null");
            return this;
        }

        /**
         * How the user opens a directory to this server, in the application's words, ending the message that
         * refuses a path outside them, such as {@code "restart the server with --allow-dir DIR"}.
         */
        public Builder allowDirectoryAdvice(String advice) {
            this.advice = Objects.requireNonNull(advice, "advice is null");
            return this;
        }

        /**
         * The job journal file (SQLite, created when missing) that every submit is recorded in and that
         * {@code get_job}, {@code list_jobs}, {@code fetch_job} and idempotency keys read, such as the user's
         * {@code JobHistory.defaultLocation(environment)}, where {@code imgedit edit} records its jobs too. Null (the
         * default) keeps a journal of the server's own in a temporary folder, deleted when the server closes: jobs
         * and keys then last for the server's life. A journal that cannot be opened falls back to that, and results
         * say so.
         */
        public Builder journal(@Nullable Path file) {
            this.journal = file == null ? null : file.toAbsolutePath().normalize();
            return this;
        }

        public ImgeditMcpServer build() {
            return new ImgeditMcpServer(this);
        }
    }
}
