package dev.imgedit.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobHistory;
import dev.imgedit.batch.JobQuery;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every submit is journaled as {@code imgedit edit} journals it: listed and shown by get_job and list_jobs, fetched by
 * the journal's id, and an idempotency key that outlives the server.
 */
class JournalTest {
    @TempDir
    Path directory;

    @Test
    @SuppressWarnings("unchecked")
    void everyEditIsJournaledAndListJobsAndGetJobShowItByEitherId() throws Exception {
        Path photo = Servers.photo(directory.resolve("cabin.png"), 64, 48);
        Path journal = directory.resolve("state/imgedit/journal.db");
        try (Connection connection = Connection.to(Servers.withJournal(journal, Map.of(), List.of(directory)))) {
            McpSchema.CallToolResult edited = connection.call("edit_image",
                    Map.of("image", photo.toString(), "prompt", "make it snow", "seed", 7));
            String journalId = (String) Results.structured(edited).get("journal_id");
            String jobId = (String) Results.structured(edited).get("job_id");
            McpSchema.CallToolResult listed = connection.call("list_jobs", Map.of());
            McpSchema.CallToolResult byJournalId = connection.call("get_job", Map.of("job_id", journalId));
            McpSchema.CallToolResult byJobId = connection.call("get_job", Map.of("job_id", jobId));
            McpSchema.CallToolResult unknown = connection.call("get_job", Map.of("job_id", "no-such-job"));

            List<Map<String, Object>> jobs = (List<Map<String, Object>>) Results.structured(listed).get("jobs");
            assertThat(jobs).hasSize(1);
            Map<String, Object> job = jobs.get(0);
            assertThat(job).containsEntry("id", journalId).containsEntry("state", "DONE")
                    .containsEntry("provider", "fake").containsEntry("job_id", jobId)
                    .containsEntry("prompt", "make it snow").containsEntry("seed", 7)
                    .containsEntry("input", photo.toRealPath().toString())
                    .containsKeys("model", "track_id", "created_at", "submitted_at", "finished_at", "elapsed_ms");
            Map<String, Object> output = ((List<Map<String, Object>>) job.get("outputs")).get(0);
            assertThat(output).containsEntry("path", Results.firstOutput(edited).get("path"))
                    .containsEntry("exists", true).containsKey("sha256");
            assertThat(Results.structured(byJournalId)).containsEntry("id", journalId).containsKey("events");
            assertThat(Results.structured(byJobId)).containsEntry("id", journalId);
            assertThat(Results.text(byJournalId)).contains("\"state\":\"DONE\"");
            assertThat(unknown.isError()).isTrue();
            assertThat(Results.text(unknown)).contains("knows no job 'no-such-job'", "list_jobs");
        }
        try (JobHistory history = JobHistory.open(journal)) {
            assertThat(history.jobs(JobQuery.recent(10))).as("the journal the CLI reads").singleElement()
                    .extracting(JobRecord::state).isEqualTo(ItemState.DONE);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTimedOutJobIsListedAsSubmittedAndFetchJobCollectsItByTheJournalsIdWhereItWasToGo() throws Exception {
        Path photo = Servers.photo(directory.resolve("cabin.png"), 64, 48);
        try (Connection connection = Connection.to(Servers.withFakeScript(directory, "succeeds after=2s\n"))) {
            McpSchema.CallToolResult timedOut = connection.call("edit_image",
                    Map.of("image", photo.toString(), "prompt", "snow", "timeout_seconds", 1));
            McpSchema.CallToolResult submitted = connection.call("list_jobs", Map.of("state", "SUBMITTED"));
            Map<String, Object> job = ((List<Map<String, Object>>) Results.structured(submitted).get("jobs")).get(0);
            McpSchema.CallToolResult fetched = connection.call("fetch_job",
                    Map.of("job_id", job.get("id"), "timeout_seconds", 30));
            McpSchema.CallToolResult after = connection.call("get_job", Map.of("job_id", job.get("id")));
            McpSchema.CallToolResult badState = connection.call("list_jobs", Map.of("state", "lost"));

            assertThat(Results.text(timedOut)).startsWith("TIMED_OUT: ");
            assertThat(job).containsEntry("state", "SUBMITTED").containsKey("next");
            assertThat(((Map<String, Object>) job.get("error"))).containsEntry("kind", "TIMED_OUT");
            assertThat(job.get("next").toString()).contains("fetch_job");
            assertThat(fetched.isError()).as(Results.text(fetched)).isFalse();
            assertThat(Results.firstOutput(fetched).get("path"))
                    .isEqualTo(directory.toRealPath().resolve("cabin.edited.png").toString());
            assertThat(Results.structured(fetched)).containsEntry("journal_id", job.get("id"));
            assertThat(Results.structured(after)).containsEntry("state", "DONE").containsEntry("submits", 1);
            assertThat(badState.isError()).isTrue();
            assertThat(Results.text(badState)).contains("OUTCOME_UNKNOWN");
        }
    }

    @Test
    void anIdempotencyKeyOutlivesTheServerSoARetryAfterARestartPaysOnce() throws Exception {
        Path photo = Servers.photo(directory.resolve("photo.png"), 64, 48);
        Path journal = directory.resolve("state/journal.db");
        try (ModelsLabTestServer modelsLab = ModelsLabTestServer.start()) {
            modelsLab.enqueue(JobScript.processingThenSuccess(4));
            Map<String, String> settings = ModelsLabSettings.of(modelsLab, "500ms");
            Map<String, Object> edit = new HashMap<>(Map.of("image", photo.toString(), "prompt", "snow",
                    "provider", "modelslab", "idempotency_key", "order-17", "timeout_seconds", 1));
            McpSchema.CallToolResult timedOut;
            try (Connection first = Connection.to(Servers.withJournal(journal, settings, List.of(directory)))) {
                timedOut = first.call("edit_image", edit);
            }
            edit.put("timeout_seconds", 30);
            McpSchema.CallToolResult afterRestart;
            try (Connection second = Connection.to(Servers.withJournal(journal, settings, List.of(directory)))) {
                afterRestart = second.call("edit_image", edit);
            }
            McpSchema.CallToolResult afterAnotherRestart;
            try (Connection third = Connection.to(Servers.withJournal(journal, settings, List.of(directory)))) {
                afterAnotherRestart = third.call("edit_image", edit);
            }

            assertThat(Results.text(timedOut)).startsWith("TIMED_OUT: ");
            assertThat(afterRestart.isError()).as(Results.text(afterRestart)).isFalse();
            assertThat(Results.text(afterRestart)).contains("nothing was submitted again");
            assertThat(afterAnotherRestart.isError()).as(Results.text(afterAnotherRestart)).isFalse();
            assertThat(Results.structured(afterAnotherRestart)).containsEntry("job_id",
                    Results.structured(afterRestart).get("job_id"));
            assertThat(Results.firstOutput(afterAnotherRestart).get("path"))
                    .isEqualTo(Results.firstOutput(afterRestart).get("path"));
            assertThat(modelsLab.submitCount()).as("one paid submit for three calls and two restarts").isEqualTo(1);
        }
    }

    @Test
    void aJournalThatCannotBeOpenedNeverStopsAnEditAndTheResultSaysSo() throws Exception {
        Path photo = Servers.photo(directory.resolve("photo.png"), 64, 48);
        Path notAFolder = Files.writeString(directory.resolve("state"), "a file where a folder should be");
        try (Connection connection = Connection.to(Servers.withJournal(notAFolder.resolve("journal.db"), Map.of(),
                List.of(directory)))) {
            McpSchema.CallToolResult edited = connection.call("edit_image",
                    Map.of("image", photo.toString(), "prompt", "snow"));
            McpSchema.CallToolResult listed = connection.call("list_jobs", Map.of());

            assertThat(edited.isError()).as(Results.text(edited)).isFalse();
            assertThat(Results.text(edited)).contains("journaled for this server's life only");
            assertThat(listed.isError()).isFalse();
        }
    }
}
