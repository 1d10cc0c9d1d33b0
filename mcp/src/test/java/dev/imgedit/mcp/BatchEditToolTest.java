package dev.imgedit.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * batch_edit with the fake provider: the engine over a folder or a list, progress as items finish, a short summary
 * with a few previews, a call whose time runs out taken up by the same call again, and paths outside refused.
 */
class BatchEditToolTest {
    @TempDir
    Path directory;

    @Test
    @SuppressWarnings("unchecked")
    void aFolderIsEditedWithProgressASummaryTheGalleryAndAFewPreviewsNeverEveryImage() throws Exception {
        Path photos = Files.createDirectories(directory.resolve("photos/sub"));
        for (String name : List.of("a.png", "b.png", "c.png", "d.png", "sub/e.png", "sub/f.png")) {
            Servers.photo(directory.resolve("photos").resolve(name), 64, 48);
        }
        Path out = directory.toRealPath().resolve("out");
        try (Connection connection = Connection.to(Servers.withSettings(Map.of(), List.of(directory)))) {
            Map<String, Object> batch = Map.of("folder", "photos", "prompt", "make it snow", "output_folder", "out");
            McpSchema.CallToolResult result = connection.call("batch_edit", batch);
            McpSchema.CallToolResult again = connection.call("batch_edit", batch);
            McpSchema.CallToolResult listed = connection.call("list_jobs",
                    Map.of("batch", Results.structured(result).get("batch_id")));

            assertThat(result.isError()).as(Results.text(result)).isFalse();
            assertThat(Results.structured(result)).containsEntry("total", 6).containsEntry("done", 6)
                    .containsEntry("skipped", 0).containsEntry("failed", 0).containsEntry("all_done", true)
                    .containsEntry("output_folder", out.toString()).containsEntry("provider", "fake")
                    .containsEntry("gallery", out.resolve("index.html").toString());
            assertThat(out.resolve("sub/f.png")).exists();
            assertThat(Results.contents(result, McpSchema.ImageContent.class)).hasSize(4);
            assertThat(Results.contents(result, McpSchema.ResourceLink.class))
                    .anyMatch(link -> "text/html".equals(link.mimeType()) && link.uri().endsWith("/out/index.html"));
            assertThat(Results.text(result)).contains("6 items in", "6 done", out.toString());

            List<McpSchema.ProgressNotification> progress = connection.progressOfCall(1);
            assertThat(progress).isNotEmpty().allMatch(notification -> notification.total() == 6.0);
            assertThat(progress.stream().map(McpSchema.ProgressNotification::progress).toList())
                    .isSorted().doesNotHaveDuplicates().contains(6.0);
            assertThat(progress).anyMatch(notification -> notification.message().contains("in flight"));

            assertThat(Results.structured(again)).containsEntry("done", 0).containsEntry("skipped", 6);
            List<Map<String, Object>> jobs = (List<Map<String, Object>>) Results.structured(listed).get("jobs");
            assertThat(jobs).hasSize(6).allMatch(job -> "DONE".equals(job.get("state"))
                    && Integer.valueOf(1).equals(job.get("submits")));
            assertThat(photos).isDirectoryNotContaining("glob:**edited*");
        }
    }

    @Test
    void aCallWhoseTimeRunsOutStopsAndTheSameCallAgainGoesOnWithoutPayingTwice() throws Exception {
        Files.createDirectory(directory.resolve("photos"));
        Servers.photo(directory.resolve("photos/a.png"), 64, 48);
        Servers.photo(directory.resolve("photos/b.png"), 64, 48);
        try (Connection connection = Connection.to(Servers.withFakeScript(directory,
                "succeeds after=2s\nsucceeds after=2s\n"))) {
            Map<String, Object> batch = Map.of("folder", "photos", "prompt", "snow", "output_folder", "out",
                    "timeout_seconds", 1);
            McpSchema.CallToolResult stopped = connection.call("batch_edit", batch);
            McpSchema.CallToolResult goneOn = connection.call("batch_edit", Map.of("folder", "photos", "prompt",
                    "snow", "output_folder", "out", "timeout_seconds", 30));

            assertThat(stopped.isError()).as(Results.text(stopped)).isFalse();
            assertThat(Results.structured(stopped)).containsEntry("all_done", false).containsEntry("unfinished", 2);
            assertThat(Results.structured(stopped).get("stopped_because").toString()).contains("timeout_seconds");
            assertThat(Results.text(stopped)).contains("call batch_edit again with the same arguments");
            assertThat(Results.structured(goneOn)).as(Results.text(goneOn)).containsEntry("done", 2)
                    .containsEntry("all_done", true);
            McpSchema.CallToolResult listed = connection.call("list_jobs", Map.of("batch", "out"));
            assertThat(Results.text(listed)).doesNotContain("\"submits\":2").contains("\"submits\":1");
        }
    }

    @Test
    void aListOfImagesKeepsItsSubFoldersAndAFailedItemNeverStopsTheOthers() throws Exception {
        Files.createDirectories(directory.resolve("photos/sub"));
        Files.createDirectories(directory.resolve("other"));
        List<Path> images = List.of(Servers.photo(directory.resolve("photos/a.png"), 64, 48),
                Servers.photo(directory.resolve("photos/sub/b.png"), 64, 48),
                Servers.photo(directory.resolve("other/c.png"), 64, 48));
        try (Connection connection = Connection.to(Servers.withFakeScript(directory,
                "succeeds\njob-rejected\nsucceeds\n"))) {
            McpSchema.CallToolResult result = connection.call("batch_edit", Map.of("images",
                    images.stream().map(Path::toString).toList(), "prompt", "snow", "output_folder", "out",
                    "concurrency", 1));

            assertThat(result.isError()).as(Results.text(result)).isFalse();
            assertThat(Results.structured(result)).containsEntry("done", 2).containsEntry("failed", 1)
                    .containsEntry("failed_by_kind", Map.of("CONTENT_REJECTED", 1));
            assertThat(Results.text(result)).contains("Failed: photos/sub/b.png: CONTENT_REJECTED: ");
            Path out = directory.toRealPath().resolve("out");
            assertThat(out.resolve("photos/a.png")).exists();
            assertThat(out.resolve("other/c.png")).exists();
            assertThat(out.resolve("photos/sub/b.png")).doesNotExist();
        }
    }

    @Test
    void pathsOutsideTheOpenDirectoriesAreRefusedBeforeAnythingIsCreatedOrPaid() throws Exception {
        Path open = Files.createDirectory(directory.resolve("open")).toRealPath();
        Path outside = Files.createDirectory(directory.resolve("outside")).toRealPath();
        Files.createDirectory(open.resolve("photos"));
        Servers.photo(open.resolve("photos/a.png"), 64, 48);
        Path secret = Servers.photo(outside.resolve("secret.png"), 64, 48);
        Files.createDirectory(open.resolve("linked"));
        Files.createSymbolicLink(open.resolve("linked/link.png"), secret);
        Files.createDirectories(open.resolve("leaky"));
        Files.createSymbolicLink(open.resolve("leaky/escape"), outside);
        try (Connection connection = Connection.to(Servers.withSettings(Map.of(), List.of(open)))) {
            List<McpSchema.CallToolResult> refused = List.of(
                    connection.call("batch_edit", Map.of("folder", "photos", "prompt", "snow",
                            "output_folder", outside.resolve("out").toString())),
                    connection.call("batch_edit", Map.of("folder", outside.toString(), "prompt", "snow",
                            "output_folder", "out")),
                    connection.call("batch_edit", Map.of("images", List.of(secret.toString()), "prompt", "snow",
                            "output_folder", "out")),
                    connection.call("batch_edit", Map.of("folder", "linked", "prompt", "snow",
                            "output_folder", "out")),
                    connection.call("batch_edit", Map.of("folder", "photos", "prompt", "snow",
                            "output_folder", "leaky")),
                    connection.call("batch_edit", Map.of("folder", "photos", "images", List.of("photos/a.png"),
                            "prompt", "snow", "output_folder", "out")));

            assertThat(refused).allMatch(McpSchema.CallToolResult::isError);
            assertThat(refused.subList(0, 4)).extracting(Results::text)
                    .allMatch(text -> text.contains("outside the directories open to imgedit"));
            assertThat(Results.text(refused.get(3))).contains("resolves to " + secret);
            assertThat(Results.text(refused.get(4))).contains("symbolic link", "escape");
            assertThat(Results.text(refused.get(5))).contains("either 'folder'", "not both");
            assertThat(outside.resolve("out")).doesNotExist();
            assertThat(open.resolve("out")).doesNotExist();
            assertThat(outside).isDirectoryNotContaining("glob:**.imgedit*");
        }
    }
}
