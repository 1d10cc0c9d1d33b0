package dev.imgedit.mcp.internal;

import dev.imgedit.EditJob;
import dev.imgedit.EditResult;
import dev.imgedit.EditedImage;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageType;
import dev.imgedit.imaging.ImageConversion;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The part of {@code edit_image} and {@code fetch_job} after the job exists: wait for it, put each image in the format
 * asked for, write it, and say what was written.
 */
public final class JobCompletion {
    private final WrittenFiles files;
    private final Secrets secrets;

    public JobCompletion(WrittenFiles files, Secrets secrets) {
        this.files = files;
        this.secrets = secrets;
    }

    /**
     * @param model the model the request named (or its default), or null when not known (a fetched job)
     * @param seed the seed the request set, or null
     * @param notices what readying the inputs changed, to say with the result
     * @param startNanos when the call began, for the elapsed time
     */
    public ToolResults.Finished awaitAndWrite(ImageEditProvider provider, EditJob job, Duration timeout,
            ProgressNotifier progress, OutputTarget target, @Nullable String model, @Nullable Long seed,
            List<String> notices, long startNanos) {
        EditResult result;
        try {
            result = provider.await(job, timeout, progress);
        } finally {
            progress.stop();
        }
        List<String> said = new ArrayList<>(notices);
        result.notices().forEach(said::add);
        List<ToolResults.Written> written = new ArrayList<>();
        for (int index = 0; index < result.images().size(); index++) {
            EditedImage image = inFormat(result.images().get(index), target.format(), said);
            Path path = target.pathFor(index, image.type());
            files.write(path, image.bytes());
            written.add(new ToolResults.Written(path, image));
        }
        String usedModel = result.metadata().getOrDefault("model", model);
        return new ToolResults.Finished(result, written, usedModel, seedUsed(seed, result.metadata()),
                Duration.ofNanos(System.nanoTime() - startNanos), said.stream().map(secrets::hide).toList(), null);
    }

    private static EditedImage inFormat(EditedImage image, @Nullable ImageType format, List<String> notices) {
        if (format == null || image.type() == format) {
            return image;
        }
        notices.add("converted the " + image.type().displayName() + " the provider delivered to "
                + format.displayName());
        return ImageConversion.convert(image, format);
    }

    /** The seed asked for, else the one the provider says it used, else null. */
    public static @Nullable Long seedUsed(@Nullable Long asked, Map<String, String> metadata) {
        if (asked != null) {
            return asked;
        }
        String text = metadata.get("seed");
        try {
            return text == null ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
