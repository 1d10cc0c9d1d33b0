package dev.imgedit.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.modelslab.testserver.Reply;
import dev.imgedit.testkit.SecretForms;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Against the loopback ModelsLab server, with every log turned up: the key reaches the service, and no form of it
 * reaches anything the client receives (results, errors, progress) or any log line.
 */
class SecretsTest {
    private static final String KEY = "sk-Mcp+Key/With=Specials&0123456789";

    @TempDir
    Path directory;

    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private Level level;

    @BeforeEach
    void captureEveryLogLine() {
        level = root.getLevel();
        root.setLevel(Level.TRACE);
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void restoreTheLog() {
        root.detachAppender(logged);
        root.setLevel(level);
    }

    @Test
    void noFormOfTheKeyReachesTheClientOrTheLogWhenTheServiceQuotesItBack() {
        Path photo = Servers.photo(directory.resolve("photo.png"), 64, 48);
        try (ModelsLabTestServer modelsLab = ModelsLabTestServer.start(KEY)) {
            modelsLab.enqueue(JobScript.processingThenSuccess(1),
                    JobScript.rejected(Reply.json(400, "{\"status\":\"error\",\"message\":\"key " + KEY
                            + " is not valid\",\"key\":\"" + KEY + "\"}")),
                    JobScript.failedAfterProcessing(1));
            List<String> received;
            List<McpSchema.CallToolResult> results;
            try (Connection connection = Connection.to(Servers.withSettings(Map.of("MODELSLAB_API_KEY", KEY,
                    "MODELSLAB_BASE_URL", modelsLab.baseUrl().toString(), "MODELSLAB_HTTP_LOG", "full",
                    "MODELSLAB_POLL_MIN_INTERVAL", "5ms", "MODELSLAB_POLL_MAX_INTERVAL", "5ms"),
                    List.of(directory)))) {
                Map<String, Object> edit = Map.of("image", photo.toString(), "prompt", "snow");
                results = List.of(connection.call("edit_image", edit), connection.call("edit_image", edit),
                        connection.call("edit_image", edit), connection.call("list_providers", Map.of()));
                received = connection.received();
            }

            // Appends are synchronized on the appender: a copy taken under its lock sees no append half-done, even
            // from a server thread still logging.
            List<ch.qos.logback.classic.spi.ILoggingEvent> events;
            synchronized (logged) {
                events = List.copyOf(logged.list);
            }
            assertThat(results).extracting(McpSchema.CallToolResult::isError)
                    .containsExactly(false, true, true, false);
            assertThat(Results.structured(results.get(0))).containsEntry("provider", "modelslab");
            assertThat(String.join("\n", received)).contains("progressToken", "modelslab");
            assertThat(events).as("the HTTP log was on").anyMatch(event -> event.getFormattedMessage()
                    .contains("image-to-image"));
            for (String form : SecretForms.of(KEY)) {
                assertThat(received).noneMatch(line -> line.contains(form));
                assertThat(events).noneMatch(event -> event.getFormattedMessage().contains(form)
                        || (event.getThrowableProxy() != null && event.getThrowableProxy().getMessage() != null
                                && event.getThrowableProxy().getMessage().contains(form)));
            }
            assertThat(modelsLab.submits()).allMatch(submit -> submit.body().contains(KEY));
        }
    }
}
