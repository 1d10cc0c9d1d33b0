package dev.imgedit.mcp.internal;

import dev.imgedit.EditResult;
import dev.imgedit.EditedImage;
import dev.imgedit.ImageBytes;
import dev.imgedit.imaging.Thumbnail;
import dev.imgedit.util.Durations;
import io.modelcontextprotocol.spec.McpSchema;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tool results as an agent reads them: a sentence, a {@code resource_link} to each written file, a small preview
 * (never the image itself: stdio messages are capped, and a file path is what the agent passes on), and the same
 * facts as structured content. Failures are tool errors, one sentence, which the agent can act on.
 */
public final class ToolResults {
    /** The preview's longer side: enough to judge an edit by, a few kilobytes as JPEG. */
    static final int THUMBNAIL_SIDE = 256;

    private static final Logger LOG = LoggerFactory.getLogger(ToolResults.class);

    private ToolResults() {}

    /** An image written to a file. */
    public record Written(Path path, EditedImage image) {}

    /**
     * A finished job whose images are on disk.
     *
     * @param journalId the job journal's id of the job, or null when it is not journaled
     */
    public record Finished(EditResult result, List<Written> written, @Nullable String model, @Nullable Long seed,
            Duration elapsed, List<String> notices, @Nullable String journalId) {

        /** The same, journaled as {@code id}. */
        public Finished withJournalId(@Nullable String id) {
            return new Finished(result, written, model, seed, elapsed, notices, id);
        }
    }

    public static McpSchema.CallToolResult finished(Finished finished) {
        List<McpSchema.Content> content = new ArrayList<>();
        content.add(new McpSchema.TextContent(sentence(finished)));
        for (Written written : finished.written()) {
            EditedImage image = written.image();
            content.add(McpSchema.ResourceLink.builder().uri(written.path().toUri().toString())
                    .name(String.valueOf(written.path().getFileName())).mimeType(image.type().mimeType())
                    .size((long) image.bytes().size())
                    .description(image.width() + "x" + image.height() + " " + image.type().displayName()
                            + ", the result of job " + finished.result().jobId())
                    .build());
        }
        preview(finished.written().get(0).image().bytes(), "the result of job " + finished.result().jobId())
                .ifPresent(content::add);
        return McpSchema.CallToolResult.builder().content(content).structuredContent(structured(finished))
                .isError(false).build();
    }

    public static McpSchema.CallToolResult failure(String message) {
        return McpSchema.CallToolResult.builder().addTextContent(message).isError(true).build();
    }

    private static String sentence(Finished finished) {
        EditResult result = finished.result();
        StringBuilder text = new StringBuilder("Wrote ");
        List<String> files = finished.written().stream().map(written -> written.path() + " ("
                + written.image().width() + "x" + written.image().height() + " "
                + written.image().type().displayName() + ")").toList();
        text.append(String.join(", ", files)).append(" from job ").append(result.jobId()).append(" of provider ")
                .append(result.providerId());
        if (finished.model() != null) {
            text.append(", model ").append(finished.model());
        }
        if (finished.seed() != null) {
            text.append(", seed ").append(finished.seed());
        }
        text.append(", in ").append(Durations.describe(finished.elapsed())).append('.');
        finished.notices().forEach(notice -> text.append(' ').append(capitalized(notice)).append('.'));
        return text.toString();
    }

    private static Map<String, Object> structured(Finished finished) {
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("provider", finished.result().providerId());
        if (finished.model() != null) {
            structured.put("model", finished.model());
        }
        structured.put("job_id", finished.result().jobId());
        if (finished.journalId() != null) {
            structured.put("journal_id", finished.journalId());
        }
        if (finished.seed() != null) {
            structured.put("seed", finished.seed());
        }
        structured.put("elapsed_ms", finished.elapsed().toMillis());
        List<Map<String, Object>> outputs = new ArrayList<>();
        for (Written written : finished.written()) {
            Map<String, Object> output = new LinkedHashMap<>();
            output.put("path", written.path().toString());
            output.put("uri", written.path().toUri().toString());
            output.put("mime_type", written.image().type().mimeType());
            output.put("width", written.image().width());
            output.put("height", written.image().height());
            output.put("bytes", written.image().bytes().size());
            outputs.add(output);
        }
        structured.put("outputs", outputs);
        structured.put("notices", finished.notices());
        return structured;
    }

    /**
     * A small preview of an image, never the image itself. One that fails to draw is left out: the file is written,
     * which is what counts.
     *
     * @param what the image, for the log: {@code the result of job 42}
     */
    public static Optional<McpSchema.ImageContent> preview(ImageBytes image, String what) {
        try {
            Thumbnail thumbnail = Thumbnail.of(image, THUMBNAIL_SIDE);
            return Optional.of(new McpSchema.ImageContent(null, thumbnail.bytes().toBase64(),
                    thumbnail.type().mimeType()));
        } catch (RuntimeException e) {
            LOG.warn("no preview of {}: {}", what, e.getMessage());
            return Optional.empty();
        }
    }

    /** {@code Text}, without a final period: notices are joined into sentences. */
    public static String capitalized(String text) {
        String stripped = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return stripped.isEmpty() ? stripped : stripped.substring(0, 1).toUpperCase(Locale.ROOT)
                + stripped.substring(1);
    }
}
