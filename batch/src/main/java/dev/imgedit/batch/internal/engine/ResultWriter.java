package dev.imgedit.batch.internal.engine;

import dev.imgedit.EditResult;
import dev.imgedit.EditedImage;
import dev.imgedit.ImageType;
import dev.imgedit.batch.ItemFailure;
import dev.imgedit.batch.ItemState;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.OutputFile;
import dev.imgedit.batch.internal.Sha256;
import dev.imgedit.batch.internal.StorageFailures;
import dev.imgedit.batch.internal.output.OutputClaims;
import dev.imgedit.batch.internal.output.OutputFolder;
import dev.imgedit.batch.internal.output.OutputFolder.StagedFile;
import dev.imgedit.batch.internal.output.Provenance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a finished job's images into the output folder with their provenance. The order makes a crash at any
 * point harmless: the files are staged beside their targets, the journal records the job done with their names and
 * hashes, and only then are they renamed into place. Killed before the journal write, the job is still submitted and
 * the next run downloads it again; killed after, the next run finds an output missing or partial and downloads it
 * again; never is it submitted again, and never is a file the batch did not write replaced.
 */
final class ResultWriter {
    private static final Logger LOGGER = LoggerFactory.getLogger(ResultWriter.class);

    private final OutputFolder folder;
    private final Ledger ledger;
    private final OutputClaims claims;
    private final Consumer<String> stopper;

    /**
     * @param stopper told why the batch must stop submitting when the folder cannot take any more files
     */
    ResultWriter(OutputFolder folder, Ledger ledger, OutputClaims claims, Consumer<String> stopper) {
        this.folder = folder;
        this.ledger = ledger;
        this.claims = claims;
        this.stopper = stopper;
    }

    /** The job's record as it ends: done, or failed with {@link ItemFailure#LOCAL_IO} and its job id kept. */
    JobRecord write(JobRecord job, EditResult result) {
        Instant now = Instant.now();
        JobRecord withResult = job.withOutputs(List.of(), result.metadata(), now);
        List<EditedImage> images = result.images();
        List<ImageType> types = images.stream().map(EditedImage::type).toList();
        List<String> paths = folder.targets(job, Objects.requireNonNullElse(job.outputStem(), "image"), types, claims);
        List<StagedFile> staged = new ArrayList<>();
        List<OutputFile> files = new ArrayList<>();
        int index = 0;
        try {
            for (; index < images.size(); index++) {
                EditedImage image = images.get(index);
                byte[] received = image.bytes().toByteArray();
                Provenance provenance = Provenance.of(withResult, Sha256.of(received), now);
                byte[] bytes = provenance.embedIn(image.type(), received);
                if (bytes == null) {
                    bytes = received;
                    staged.add(folder.stage(paths.get(index) + Provenance.SIDECAR_SUFFIX,
                            provenance.json().getBytes(StandardCharsets.UTF_8)));
                }
                staged.add(folder.stage(paths.get(index), bytes));
                files.add(new OutputFile(paths.get(index), Sha256.of(bytes), image.type(), image.width(),
                        image.height()));
            }
        } catch (IOException e) {
            staged.forEach(folder::discard);
            return failed(job, paths.get(Math.min(index, paths.size() - 1)), e, now);
        }
        JobRecord done;
        try {
            done = ledger.update(withResult.withOutputs(files, result.metadata(), now).withDone(now),
                    "done: wrote " + String.join(", ", paths));
        } catch (RuntimeException e) {
            staged.forEach(folder::discard);
            throw e;
        }
        for (StagedFile file : staged) {
            try {
                folder.place(file);
            } catch (IOException e) {
                staged.forEach(folder::discard);
                return failed(done, String.valueOf(folder.root().relativize(file.target())), e, Instant.now());
            }
        }
        return done;
    }

    private JobRecord failed(JobRecord job, String path, IOException failure, Instant now) {
        String doing = "cannot write '" + folder.shown(path) + "'";
        if (StorageFailures.affectsEveryFile(failure)) {
            stopper.accept(StorageFailures.of(doing, failure).getMessage());
        }
        LOGGER.warn("{}: {}", doing, StorageFailures.reason(failure));
        ItemFailure why = new ItemFailure(ItemFailure.LOCAL_IO, doing + ": " + StorageFailures.reason(failure)
                + "; the job is kept, and the next run downloads it again without submitting it");
        return ledger.update(job.withOutputs(List.of(), job.result(), now).withFailure(ItemState.FAILED, why, now),
                "its output could not be written: " + StorageFailures.reason(failure));
    }
}
