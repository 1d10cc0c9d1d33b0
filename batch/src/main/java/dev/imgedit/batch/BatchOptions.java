package dev.imgedit.batch;

import dev.imgedit.batch.internal.ItemChecks;
import dev.imgedit.imaging.PreparationPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a batch runs.
 *
 * @param outputDirectory where outputs, the gallery ({@code index.html}) and, by default, the journal go
 * @param model the model every item runs on, or null for the provider's default
 * @param concurrency the most jobs submitted and not yet finished at once; 0 takes the model's declared limit
 * @param itemTimeout how long one job is awaited before it is reported as timed out (it goes on at the provider, and
 *     a rerun goes on waiting for it)
 * @param resubmitUnknown whether items whose submit's answer was lost are submitted anew (and may be paid twice)
 * @param retryFailed whether items that failed in an earlier run are submitted anew; without it only failures that
 *     cost nothing to retry are retried
 * @param journal the journal file, or null for {@code .imgedit/journal.db} in the output folder
 * @param gallery whether to write {@code index.html}
 * @param preparation how far each local input may be changed to suit the model before it is sent: by default it is
 *     turned upright, stripped of its metadata, and scaled down or converted when the model would refuse it
 */
public record BatchOptions(
        Path outputDirectory,
        @Nullable String model,
        int concurrency,
        Duration itemTimeout,
        boolean resubmitUnknown,
        boolean retryFailed,
        @Nullable Path journal,
        boolean gallery,
        PreparationPolicy preparation) {

    /** Generous: a queued Flux job usually finishes within a minute or two. */
    public static final Duration DEFAULT_ITEM_TIMEOUT = Duration.ofMinutes(30);

    public BatchOptions {
        Objects.requireNonNull(outputDirectory, "outputDirectory is null");
        Objects.requireNonNull(itemTimeout, "itemTimeout is null");
        Objects.requireNonNull(preparation, "preparation is null");
        outputDirectory = outputDirectory.toAbsolutePath().normalize();
        if (concurrency < 0) {
            throw new IllegalArgumentException("concurrency must be 0 (the provider's limit) or more, got "
                    + concurrency);
        }
        if (itemTimeout.isNegative() || itemTimeout.isZero()) {
            throw new IllegalArgumentException("itemTimeout must be positive, got " + itemTimeout);
        }
    }

    public static Builder builder(Path outputDirectory) {
        return new Builder(outputDirectory);
    }

    /** The journal file these options name. */
    public Path journalFile() {
        return journal != null ? journal
                : outputDirectory.resolve(ItemChecks.STATE_FOLDER).resolve("journal.db");
    }

    /** Builds {@link BatchOptions}; starts from the provider's concurrency and the defaults above. */
    public static final class Builder {
        private final Path outputDirectory;
        private @Nullable String model;
        private int concurrency;
        private Duration itemTimeout = DEFAULT_ITEM_TIMEOUT;
        private boolean resubmitUnknown;
        private boolean retryFailed;
        private @Nullable Path journal;
        private boolean gallery = true;
        private PreparationPolicy preparation = PreparationPolicy.DEFAULT;

        private Builder(Path outputDirectory) {
            this.outputDirectory = outputDirectory;
        }

        public Builder model(@Nullable String model) {
            this.model = model;
            return this;
        }

        public Builder concurrency(int concurrency) {
            this.concurrency = concurrency;
            return this;
        }

        public Builder itemTimeout(Duration itemTimeout) {
            this.itemTimeout = itemTimeout;
            return this;
        }

        public Builder resubmitUnknown(boolean resubmitUnknown) {
            this.resubmitUnknown = resubmitUnknown;
            return this;
        }

        public Builder retryFailed(boolean retryFailed) {
            this.retryFailed = retryFailed;
            return this;
        }

        public Builder journal(@Nullable Path journal) {
            this.journal = journal;
            return this;
        }

        public Builder gallery(boolean gallery) {
            this.gallery = gallery;
            return this;
        }

        public Builder preparation(PreparationPolicy preparation) {
            this.preparation = preparation;
            return this;
        }

        public BatchOptions build() {
            return new BatchOptions(outputDirectory, model, concurrency, itemTimeout, resubmitUnknown, retryFailed,
                    journal, gallery, preparation);
        }
    }
}
