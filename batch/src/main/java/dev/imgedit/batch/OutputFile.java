package dev.imgedit.batch;

import dev.imgedit.ImageType;
import java.util.Objects;

/**
 * One output file a job wrote.
 *
 * @param path relative to the batch's output folder (with {@code /} between folders), or absolute for a job outside
 *     a batch
 * @param sha256 the SHA-256 of the file as written, provenance included
 * @param type its format
 * @param width in pixels
 * @param height in pixels
 */
public record OutputFile(String path, String sha256, ImageType type, int width, int height) {
    public OutputFile {
        Objects.requireNonNull(path, "path is null");
        Objects.requireNonNull(sha256, "sha256 is null");
        Objects.requireNonNull(type, "type is null");
    }
}
