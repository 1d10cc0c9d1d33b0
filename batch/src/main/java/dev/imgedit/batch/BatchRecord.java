package dev.imgedit.batch;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A batch as the journal knows it: one per output folder.
 *
 * @param id the journal's id of the batch
 * @param outputDirectory the absolute output folder
 * @param createdAt when it first ran, to the millisecond
 */
public record BatchRecord(String id, Path outputDirectory, Instant createdAt) {
    public BatchRecord {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(outputDirectory, "outputDirectory is null");
        Objects.requireNonNull(createdAt, "createdAt is null");
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
