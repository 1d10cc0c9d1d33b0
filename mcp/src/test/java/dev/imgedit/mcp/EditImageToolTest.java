package dev.imgedit.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** edit_image with the fake provider, through the SDK's own client: the file, the preview, the progress. */
class EditImageToolTest {
    @TempDir
    Path directory;

    @Test
    void anEditWritesTheFileNextToTheInputAndReturnsALinkAPreviewAndTheFacts() throws Exception {
        Path photo = Servers.photo(directory.resolve("cabin.png"), 640, 480);
        try (Connection connection = Connection.to(Servers.withSettings(
                Map.of("IMGEDIT_FAKE_QUEUE_CHECKS", "2"), List.of(directory)))) {
            McpSchema.CallToolResult result = connection.call("edit_image",
                    Map.of("image", photo.toString(), "prompt", "make it snow", "seed", 42));

            assertThat(result.isError()).as(Results.text(result)).isFalse();
            Path written = directory.toRealPath().resolve("cabin.edited.png");
            BufferedImage decoded = ImageIO.read(written.toFile());
            assertThat(decoded).isNotNull();
            Map<String, Object> output = Results.firstOutput(result);
            assertThat(output).containsEntry("path", written.toString()).containsEntry("mime_type", "image/png")
                    .containsEntry("width", decoded.getWidth()).containsEntry("height", decoded.getHeight());
            assertThat(Results.structured(result)).containsEntry("provider", "fake").containsEntry("seed", 42)
                    .containsKeys("job_id", "model", "elapsed_ms");

            McpSchema.ResourceLink link = Results.contents(result, McpSchema.ResourceLink.class).get(0);
            assertThat(Path.of(URI.create(link.uri()))).isEqualTo(written);
            assertThat(link.size()).isEqualTo(Files.size(written));
            McpSchema.ImageContent preview = Results.contents(result, McpSchema.ImageContent.class).get(0);
            BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder()
                    .decode(preview.data())));
            assertThat(Math.max(thumbnail.getWidth(), thumbnail.getHeight())).isLessThanOrEqualTo(256);
            assertThat(preview.data().length()).isLessThan((int) Files.size(written));
            assertThat(Results.text(result)).contains(written.toString(), "fake");

            List<McpSchema.ProgressNotification> progress = connection.progressOfCall(1);
            assertThat(progress).hasSizeGreaterThanOrEqualTo(3);
            // The client may hand notifications on in any order; the wire shows the order the server sent them in.
            List<Double> sent = new ArrayList<>();
            for (String line : connection.received()) {
                JsonNode message = new ObjectMapper().readTree(line);
                if (message.path("params").path("progressToken").asText().equals("call-1")) {
                    sent.add(message.path("params").path("progress").asDouble());
                }
            }
            assertThat(sent).hasSize(progress.size()).isSorted().doesNotHaveDuplicates();
            assertThat(progress).anyMatch(notification -> notification.message().contains("accepted"));
        }
    }

    @Test
    void aCallWithoutAProgressTokenGetsNoProgressAndDefaultNamesNeverReplaceAnEarlierResult() {
        Path photo = Servers.photo(directory.resolve("cabin.png"), 64, 48);
        try (Connection connection = Connection.to(Servers.withSettings(Map.of(), List.of(directory)))) {
            McpSchema.CallToolRequest request = new McpSchema.CallToolRequest("edit_image",
                    Map.of("image", photo.toString(), "prompt", "night"));
            McpSchema.CallToolResult first = connection.client().callTool(request);
            McpSchema.CallToolResult second = connection.client().callTool(request);

            assertThat(Results.firstOutput(first).get("path").toString()).endsWith("cabin.edited.png");
            assertThat(Results.firstOutput(second).get("path").toString()).endsWith("cabin.edited-2.png");
            assertThat(connection.progressOfCall(1)).isEmpty();
        }
    }

    @Test
    void anOutputFormatTheModelCannotMakeIsConvertedAndTheExtensionChoosesIt() throws Exception {
        Path photo = Servers.photo(directory.resolve("cabin.png"), 64, 48);
        try (Connection connection = Connection.to(Servers.withSettings(Map.of(), List.of(directory)))) {
            McpSchema.CallToolResult result = connection.call("edit_image",
                    Map.of("image", photo.toString(), "prompt", "sepia", "output", "out/../cabin.jpg"));

            assertThat(result.isError()).as(Results.text(result)).isFalse();
            Path written = directory.toRealPath().resolve("cabin.jpg");
            assertThat(Files.readAllBytes(written)).startsWith(0xFF, 0xD8, 0xFF);
            assertThat(Results.firstOutput(result)).containsEntry("mime_type", "image/jpeg");
        }
    }
}
