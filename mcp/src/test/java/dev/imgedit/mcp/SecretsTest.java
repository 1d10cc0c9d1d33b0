package dev.imgedit.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.http.Reply;
import dev.imgedit.testkit.logback.TraceLog;
import dev.imgedit.testkit.secrets.SeenTexts;
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

/**
 * Against the loopback ModelsLab server, with every log turned up: the key reaches the service, and no form of it
 * reaches anything the client receives (results, errors, progress, jobs listed), any log line or the job journals.
 */
class SecretsTest {
    private static final String KEY = "sk-Mcp+Key/With=Specials&0123456789";

    @TempDir
    Path directory;

    private TraceLog log;

    @BeforeEach
    void captureEveryLogLine() {
        log = TraceLog.start();
    }

    @AfterEach
    void restoreTheLog() {
        log.close();
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

            List<String> logged = log.lines();
            assertThat(results).extracting(McpSchema.CallToolResult::isError)
                    .containsExactly(false, true, true, false, false, false, false, false, false, false);
            assertThat(Results.structured(results.get(0))).containsEntry("provider", "modelslab");
            assertThat(Results.structured(results.get(4))).containsEntry("failed", 1);
            assertThat(String.join("\n", received)).contains("progressToken", "modelslab", "FAILED");
            assertThat(logged).as("the HTTP log was on").anyMatch(line -> line.contains("image-to-image"));
            List<String> journals = new ArrayList<>();
            for (Path file : List.of(journal, directory.resolve("out/.imgedit/journal.db"))) {
                for (Path part : List.of(file, file.resolveSibling(file.getFileName() + "-wal"))) {
                    if (Files.exists(part)) {
                        journals.add(new String(Files.readAllBytes(part), StandardCharsets.ISO_8859_1));
                    }
                }
            }
            assertThat(journals).as("the journals were written").isNotEmpty();
            SeenTexts seen = new SeenTexts();
            seen.keepAll(received);
            seen.keepAll(logged);
            seen.keepAll(journals);
            seen.assertNoFormOf(KEY);
            assertThat(modelsLab.submits()).allMatch(submit -> submit.body().contains(KEY));
        }
    }
}
