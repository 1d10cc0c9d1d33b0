package dev.imgedit.batch;

import dev.imgedit.batch.internal.FolderListing;
import dev.imgedit.batch.internal.ItemChecks;
import dev.imgedit.batch.internal.manifest.ManifestReader;
import dev.imgedit.exception.InvalidRequestException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Lists of items: from a manifest, or the images of a folder with one prompt. */
public final class BatchItems {
    private BatchItems() {}

    /**
     * Reads a manifest: CSV with a header row, or JSON Lines. The fields are {@code image} (a path relative to the
     * manifest's folder, or an http(s) URL), {@code prompt}, and optionally {@code aspect_ratio}, {@code seed},
     * {@code output} (relative to the output folder) and provider options (CSV columns {@code option.NAME}; a JSON
     * object {@code options}).
     *
     * @throws InvalidRequestException naming the line and the fix for a malformed row, or when it lists nothing
     * @throws UncheckedIOException when it cannot be read
     */
    public static List<BatchItem> fromManifest(Path manifest) {
        return ManifestReader.read(manifest);
    }

    /**
     * Holds a prompt against the rules every request is built under, so that a prompt for a whole folder is refused
     * once, before any file is listed.
     *
     * @throws InvalidRequestException when it is blank, too long or holds a control character
     */
    public static void checkPrompt(String prompt) {
        ItemChecks.checkPrompt(prompt);
    }

    /** Every image in {@code directory} (see {@link #files}) with the same prompt and the provider's defaults. */
    public static List<BatchItem> fromDirectory(Path directory, @Nullable String glob, String prompt,
            Path... excluded) {
        return files(directory, glob, excluded).stream().map(file -> BatchItem.of(file, prompt)).toList();
    }

    /**
     * The files under {@code directory}, sorted by path, named relative to it (so outputs keep the sub-folders).
     * Hidden files and folders, the {@code excluded} folders (such as an output folder inside the input folder), and
     * the folders holding an earlier batch's output (see {@link #earlierOutputFolders}) are left out.
     *
     * @param glob a pattern such as {@code *.jpg} or {@code 2024/**.png}: one without a {@code /} is matched against
     *     file names, one with a {@code /} against paths relative to {@code directory}; null takes every PNG, JPEG and
     *     WebP file (by extension, case ignored)
     * @throws InvalidRequestException when {@code directory} is not a folder or the glob is malformed
     * @throws UncheckedIOException when it cannot be listed
     */
    public static List<BatchInput.File> files(Path directory, @Nullable String glob, Path... excluded) {
        return FolderListing.of(directory, glob, excluded).files();
    }

    /**
     * The sub-folders of {@code directory} that {@link #files} leaves out as an earlier batch's output (they hold the
     * batch's {@code .imgedit/} folder), relative to it with {@code /}, so a front end can say so. A glob whose
     * start names such a folder, such as {@code out/*.png}, takes its images instead.
     *
     * @throws InvalidRequestException when {@code directory} is not a folder or the glob is malformed
     * @throws UncheckedIOException when it cannot be listed
     */
    public static List<String> earlierOutputFolders(Path directory, @Nullable String glob, Path... excluded) {
        return FolderListing.of(directory, glob, excluded).earlierOutputs();
    }
}
