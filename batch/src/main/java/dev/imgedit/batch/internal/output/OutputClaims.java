package dev.imgedit.batch.internal.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import dev.imgedit.batch.internal.Sha256;

/**
 * What the batch's items hold in the output folder: the stems of this run's items, and the files the batch wrote
 * for items no longer in it (a prompt changed, an input replaced), which a current item may replace as long as they
 * are still exactly as written.
 *
 * @param stems the stems of this run's items, lower case
 * @param retired the outputs of the batch's other items: lower-case path to the SHA-256 it was written with
 */
public record OutputClaims(Set<String> stems, Map<String, String> retired) {
    public OutputClaims {
        stems = Set.copyOf(stems);
        retired = Map.copyOf(retired);
    }

    boolean stemTaken(String stem) {
        return stems.contains(stem.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code file} (at {@code path}) is a retired item's output, unchanged since the batch wrote it. */
    boolean replaceable(String path, Path file) {
        String sha256 = retired.get(path.toLowerCase(Locale.ROOT));
        try {
            return sha256 != null && Files.isRegularFile(file) && Sha256.of(file).equals(sha256);
        } catch (IOException e) {
            return false;
        }
    }
}
