package dev.imgedit.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads and writes stay inside the open directories, by real path; a file imgedit did not write is never replaced. */
class FileSafetyTest {
    @TempDir
    Path directory;

    private Path open;
    private Path outside;

    @BeforeEach
    void directories() throws Exception {
        open = Files.createDirectory(directory.resolve("open")).toRealPath();
        outside = Files.createDirectory(directory.resolve("outside")).toRealPath();
    }

    @Test
    void anInputOutsideTheOpenDirectoriesIsRefusedNamingThemAndTheAdvice() throws Exception {
        Path photo = Servers.photo(outside.resolve("photo.png"), 64, 48);
        try (Connection connection = Connection.to(Servers.withSettings(Map.of(), List.of(open)))) {
            McpSchema.CallToolResult result = connection.call("edit_image",
                    Map.of("image", photo.toString(), "prompt", "snow"));

            assertThat(result.isError()).isTrue();
            assertThat(Results.text(result)).contains("outside the directories open to imgedit", open.toString(),
                    "open it with the test's advice");
            assertThat(outside).isDirectoryNotContaining("glob:**edited*");
        }
    }

    @Test
    void aSymbolicLinkInsideThatLeadsOutsideIsRefused() throws Exception {
        Servers.photo(outside.resolve("photo.png"), 64, 48);
        Files.createSymbolicLink(open.resolve("link.png"), outside.resolve("photo.png"));
        Files.createSymbolicLink(open.resolve("elsewhere"), outside);
        try (Connection connection = Connection.to(Servers.withSettings(Map.of(), List.of(open)))) {
            McpSchema.CallToolResult input = connection.call("edit_image",
                    Map.of("image", open.resolve("link.png").toString(), "prompt", "snow"));
            Servers.photo(open.resolve("photo.png"), 64, 48);
            McpSchema.CallToolResult output = connection.call("edit_image", Map.of("image", "photo.png",
                    "prompt", "snow", "output", "elsewhere/result.png"));
            McpSchema.CallToolResult climbing = connection.call("edit_image", Map.of("image", "photo.png",
                    "prompt", "snow", "output", "../outside/result.png"));

            assertThat(Results.text(input)).contains("outside the directories", "resolves to " + outside);
            assertThat(Results.text(output)).contains("outside the directories");
            assertThat(Results.text(climbing)).contains("outside the directories");
            assertThat(List.of(input.isError(), output.isError(), climbing.isError())).containsOnly(true);
            assertThat(outside).isDirectoryNotContaining("glob:**result*");
        }
    }

    @Test
    void aFileImgeditDidNotWriteIsNeverReplacedWhileItsOwnResultMayBe() throws Exception {
        Path photo = Servers.photo(open.resolve("photo.png"), 64, 48);
        Path mine = Files.writeString(open.resolve("mine.png"), "the user's own file");
        try (Connection connection = Connection.to(Servers.withSettings(Map.of(), List.of(open)))) {
            McpSchema.CallToolResult refused = connection.call("edit_image",
                    Map.of("image", photo.toString(), "prompt", "snow", "output", mine.toString()));
            McpSchema.CallToolResult first = connection.call("edit_image",
                    Map.of("image", photo.toString(), "prompt", "snow", "output", "result.png"));
            McpSchema.CallToolResult again = connection.call("edit_image",
                    Map.of("image", photo.toString(), "prompt", "night", "output", "result.png"));
            Files.writeString(open.resolve("result.png"), "changed by the user");
            McpSchema.CallToolResult afterChange = connection.call("edit_image",
                    Map.of("image", photo.toString(), "prompt", "sepia", "output", "result.png"));

            assertThat(Results.text(refused)).contains("already exists and imgedit did not write it");
            assertThat(mine).hasContent("the user's own file");
            assertThat(List.of(first.isError(), again.isError())).containsOnly(false);
            assertThat(afterChange.isError()).isTrue();
            assertThat(open.resolve("result.png")).hasContent("changed by the user");
        }
    }

    @Test
    void theRootsAClientOffersAreOpenAndWithoutAnyDirectoryEveryPathIsRefused() throws Exception {
        Path photo = Servers.photo(open.resolve("photo.png"), 64, 48);
        try (Connection withRoots = Connection.to(Servers.withSettings(Map.of(), List.of()), List.of(open));
                Connection withoutRoots = Connection.to(Servers.withSettings(Map.of(), List.of()))) {
            McpSchema.CallToolResult inRoot = withRoots.call("edit_image",
                    Map.of("image", photo.toString(), "prompt", "snow"));
            McpSchema.CallToolResult nowhere = withoutRoots.call("edit_image",
                    Map.of("image", photo.toString(), "prompt", "snow"));

            assertThat(inRoot.isError()).as(Results.text(inRoot)).isFalse();
            assertThat(open.resolve("photo.edited.png")).exists();
            assertThat(Results.text(nowhere)).contains("no directory is open to imgedit");
        }
    }
}
