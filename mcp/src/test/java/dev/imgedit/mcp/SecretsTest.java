package dev.imgedit.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.SecretForms;
import dev.imgedit.testkit.http.Reply;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Against the loopback ModelsLab server, with every log turned up: the key reaches the service, and no form of it
 * reaches anything the client receives (results, errors, progress, jobs listed), any log line or the job journals.
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
    @SuppressWarnings("unchecked")
    void noFormOfTheKeyReachesTheClientTheLogOrTheJournalWhenTheServiceQuotesItBack() throws Exception {
        Path photo = Servers.photo(directory.resolve("photo.png"), 64, 48);
        Path folder = Files.createDirectory(directory.resolve("folder"));
        Servers.photo(folder.resolve("one.png"), 64, 48);
        Path journal = directory.resolve("state/journal.db");
        Reply quotingTheKey = Reply.json(400, "{\"status\":\"error\",\"message\":\"key " + KEY
                + " is not valid\",\"key\":\"" + KEY + "\"}");
        try (ModelsLabTestServer modelsLab = ModelsLabTestServer.start(KEY)) {
            modelsLab.enqueue(JobScript.processingThenSuccess(1), JobScript.rejected(quotingTheKey),
                    JobScript.failedAfterProcessing(1), JobScript.rejected(quotingTheKey));
            Map<String, String> settings = new HashMap<>(ModelsLabSettings.of(modelsLab, "5ms"));
            settings.put("MODELSLAB_HTTP_LOG", "full");
            List<String> received;
            List<McpSchema.CallToolResult> results = new ArrayList<>();
            try (Connection connection = Connection.to(Servers.withJournal(journal, settings, List.of(directory)))) {
                Map<String, Object> edit = Map.of("image", photo.toString(), "prompt", "snow");
                results.addAll(List.of(connection.call("edit_image", edit), connection.call("edit_image", edit),
                        connection.call("edit_image", edit), connection.call("list_providers", Map.of()),
                        connection.call("batch_edit", Map.of("folder", folder.toString(), "prompt", "snow",
                                "output_folder", directory.resolve("out").toString()))));
                McpSchema.CallToolResult listed = connection.call("list_jobs", Map.of());
                results.add(listed);
                for (Map<String, Object> job : (List<Map<String, Object>>) Results.structured(listed).get("jobs")) {
                    results.add(connection.call("get_job", Map.of("job_id", job.get("id"))));
                }
                received = connection.received();
            }

            // Appends are synchronized on the appender: a copy taken under its lock sees no append half-done, even
            // from a server thread still logging.
            List<ch.qos.logback.classic.spi.ILoggingEvent> events;
            synchronized (logged) {
                events = List.copyOf(logged.list);
            }
            assertThat(results).extracting(McpSchema.CallToolResult::isError)
                    .containsExactly(false, true, true, false, false, false, false, false, false, false);
            assertThat(Results.structured(results.get(0))).containsEntry("provider", "modelslab");
            assertThat(Results.structured(results.get(4))).containsEntry("failed", 1);
            assertThat(String.join("\n", received)).contains("progressToken", "modelslab", "FAILED");
            assertThat(events).as("the HTTP log was on").anyMatch(event -> event.getFormattedMessage()
                    .contains("image-to-image"));
            List<String> journals = new ArrayList<>();
            for (Path file : List.of(journal, directory.resolve("out/.imgedit/journal.db"))) {
                for (Path part : List.of(file, file.resolveSibling(file.getFileName() + "-wal"))) {
                    if (Files.exists(part)) {
                        journals.add(new String(Files.readAllBytes(part), StandardCharsets.ISO_8859_1));
                    }
                }
            }
            assertThat(journals).as("the journals were written").isNotEmpty();
            for (String form : SecretForms.of(KEY)) {
                assertThat(received).noneMatch(line -> line.contains(form));
                assertThat(events).noneMatch(event -> event.getFormattedMessage().contains(form)
                        || (event.getThrowableProxy() != null && event.getThrowableProxy().getMessage() != null
                                && event.getThrowableProxy().getMessage().contains(form)));
                assertThat(journals).noneMatch(text -> text.contains(form));
            }
            assertThat(modelsLab.submits()).allMatch(submit -> submit.body().contains(KEY));
        }
    }
}
