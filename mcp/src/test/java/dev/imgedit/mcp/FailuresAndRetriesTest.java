package dev.imgedit.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Provider failures are tool errors; a job that outlives its call is fetched later, and a keyed retry pays once. */
class FailuresAndRetriesTest {
    private static final Pattern JOB_ID = Pattern.compile("job_id '([^']+)'");

    @TempDir
    Path directory;

    @Test
    void aProviderFailureIsAToolErrorWithTheLibrarysMessageNotAProtocolError() {
        Path photo = Servers.photo(directory.resolve("photo.png"), 64, 48);
        try (Connection connection = Connection.to(Servers.withFakeScript(directory, "content-rejected\n"))) {
            McpSchema.CallToolResult result = connection.call("edit_image",
                    Map.of("image", photo.toString(), "prompt", "snow"));

            assertThat(result.isError()).isTrue();
            assertThat(Results.text(result)).startsWith("CONTENT_REJECTED: ");
            assertThat(directory).isDirectoryNotContaining("glob:**edited*");
        }
    }

    @Test
    void aJobThatTimesOutGoesOnAndFetchJobWritesItsResultLater() {
        Path photo = Servers.photo(directory.resolve("photo.png"), 64, 48);
        try (Connection connection = Connection.to(Servers.withFakeScript(directory, "succeeds after=2s\n"))) {
            McpSchema.CallToolResult timedOut = connection.call("edit_image",
                    Map.of("image", photo.toString(), "prompt", "snow", "timeout_seconds", 1));
            String jobId = jobIdIn(Results.text(timedOut));
            McpSchema.CallToolResult fetched = connection.call("fetch_job",
                    Map.of("provider", "fake", "job_id", jobId, "timeout_seconds", 30));

            assertThat(timedOut.isError()).isTrue();
            assertThat(Results.text(timedOut)).startsWith("TIMED_OUT: ").contains("fetch_job", "provider 'fake'");
            assertThat(fetched.isError()).as(Results.text(fetched)).isFalse();
            assertThat(Results.structured(fetched)).containsEntry("job_id", jobId);
            assertThat(Path.of(Results.firstOutput(fetched).get("path").toString()).getFileName())
                    .as("where the journaled edit meant to write it").hasToString("photo.edited.png");
        }
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyWaitsForTheFirstJobAndNeverSubmitsTwice() {
        Path photo = Servers.photo(directory.resolve("photo.png"), 64, 48);
        try (ModelsLabTestServer modelsLab = ModelsLabTestServer.start();
                Connection connection = Connection.to(Servers.withSettings(ModelsLabSettings.of(modelsLab, "500ms"),
                        List.of(directory)))) {
            modelsLab.enqueue(JobScript.processingThenSuccess(4), JobScript.immediateSuccess());
            Map<String, Object> edit = Map.of("image", photo.toString(), "prompt", "snow", "provider", "modelslab",
                    "idempotency_key", "edit-photo-1", "timeout_seconds", 1);
            McpSchema.CallToolResult timedOut = connection.call("edit_image", edit);
            Map<String, Object> retry = new HashMap<>(edit);
            retry.put("timeout_seconds", 30);
            McpSchema.CallToolResult finished = connection.call("edit_image", retry);
            McpSchema.CallToolResult repeated = connection.call("edit_image", retry);
            long submitsOfTheFirstEdit = modelsLab.submitCount();
            Map<String, Object> other = new HashMap<>(retry);
            other.put("prompt", "night");
            McpSchema.CallToolResult anotherEdit = connection.call("edit_image", other);

            assertThat(Results.text(timedOut)).startsWith("TIMED_OUT: ").contains("same idempotency_key");
            assertThat(finished.isError()).as(Results.text(finished)).isFalse();
            assertThat(Results.structured(finished)).containsEntry("job_id", jobIdIn(Results.text(timedOut)));
            assertThat(Results.text(finished)).contains("nothing was submitted again");
            assertThat(repeated.isError()).isFalse();
            assertThat(Results.structured(repeated)).containsEntry("job_id", Results.structured(finished)
                    .get("job_id")).containsEntry("outputs", Results.structured(finished).get("outputs"));
            assertThat(submitsOfTheFirstEdit).isEqualTo(1);
            assertThat(anotherEdit.isError()).as("the same key with another edit is another edit").isFalse();
            assertThat(Results.structured(anotherEdit).get("job_id")).isNotEqualTo(Results.structured(finished)
                    .get("job_id"));
            assertThat(modelsLab.submitCount()).isEqualTo(2);
        }
    }

    private static String jobIdIn(String text) {
        Matcher matcher = JOB_ID.matcher(text);
        assertThat(matcher.find()).as(text).isTrue();
        return matcher.group(1);
    }
}
