package dev.imgedit.batch.internal.output;

import dev.imgedit.ImageType;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.OutputFile;
import dev.imgedit.batch.internal.ItemChecks;
import dev.imgedit.batch.internal.Sha256;
import dev.imgedit.batch.internal.StorageFailures;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A batch's output folder. Files appear whole or not at all: each is written to a hidden temporary file beside its
 * target, forced to disk, then renamed over it, and the folder is forced too. A file is replaced only when the
 * journal says the same job wrote it; any other file in the way makes the output take the next free name.
 */
public final class OutputFolder {
    private static final Logger LOGGER = LoggerFactory.getLogger(OutputFolder.class);
    private static final String TEMPORARY_SUFFIX = ".imgedit-tmp";

    private final Path root;
    private final Set<String> claimed = new HashSet<>();

    public OutputFolder(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** Where the journal and the lock live. */
    public Path stateFolder() {
        return root.resolve(ItemChecks.STATE_FOLDER);
    }

    public Path resolve(String relative) {
        return root.resolve(relative).normalize();
    }

    /** Deletes the temporary files a killed run left behind; only ever called while holding the batch's lock. */
    public void removeStrayTemporaryFiles() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(file -> {
                String name = String.valueOf(file.getFileName());
                return name.startsWith(".") && name.endsWith(TEMPORARY_SUFFIX);
            }).forEach(file -> {
                try {
                    Files.deleteIfExists(file);
                    LOGGER.debug("Removed {}, left by an interrupted run", file);
                } catch (IOException e) {
                    LOGGER.warn("Cannot remove {}: {}", file, e.getMessage());
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            LOGGER.warn("Cannot look for temporary files in {}: {}", root, e.getMessage());
        }
    }

    /**
     * The paths the job's images go to: the first free name from its stem on. A name is free when no file is there,
     * or the file there is this job's own (as the journal records it), or an unchanged output of an item no longer in
     * the batch; any other file is left alone and the next name tried.
     */
    public synchronized List<String> targets(JobRecord job, String stem, List<ImageType> types, OutputClaims claims) {
        Set<String> own = new HashSet<>();
        job.outputs().forEach(output -> own.add(output.path()));
        for (int variant = 1; ; variant++) {
            String candidateStem = variant == 1 ? stem : stem + "-" + variant;
            if (variant > 1 && claims.stemTaken(candidateStem)) {
                continue;
            }
            List<String> paths = new ArrayList<>();
            for (int index = 0; index < types.size(); index++) {
                paths.add(OutputNames.path(candidateStem, index, types.get(index)));
                if (!Provenance.embeds(types.get(index))) {
                    paths.add(OutputNames.path(candidateStem, index, types.get(index)) + Provenance.SIDECAR_SUFFIX);
                }
            }
            if (paths.stream().allMatch(path -> free(path, own, claims))) {
                paths.forEach(path -> claimed.add(path.toLowerCase(Locale.ROOT)));
                if (variant > 1) {
                    LOGGER.info("{} is taken by a file this batch did not write; writing {} instead",
                            OutputNames.path(stem, 0, types.get(0)), paths.get(0));
                }
                return paths.stream().filter(path -> !path.endsWith(Provenance.SIDECAR_SUFFIX)).toList();
            }
        }
    }

    private boolean free(String path, Set<String> own, OutputClaims claims) {
        if (own.contains(path)) {
            return true;
        }
        if (claimed.contains(path.toLowerCase(Locale.ROOT))) {
            return false;
        }
        Path file = resolve(path);
        return !Files.exists(file) || claims.replaceable(path, file);
    }

    /** Whether the recorded output is on disk with the recorded hash. */
    public boolean holds(OutputFile output) {
        Path file = resolve(output.path());
        try {
            return Files.isRegularFile(file) && Sha256.of(file).equals(output.sha256());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Writes {@code bytes} to a hidden temporary file beside {@code relative}, creating its folders, and forces it to
     * disk; {@link #place} then renames it into place. A run killed in between leaves only the temporary file, which
     * the next run removes.
     *
     * @throws IOException with the temporary file already deleted
     */
    public StagedFile stage(String relative, byte[] bytes) throws IOException {
        Path target = resolve(relative);
        Path directory = target.getParent();
        Files.createDirectories(directory);
        String random = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
        Path temporary = directory.resolve("." + target.getFileName() + "." + random + TEMPORARY_SUFFIX);
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
        return new StagedFile(temporary, target);
    }

    /** Renames a staged file over its target in one step, and makes the rename durable. */
    public void place(StagedFile file) throws IOException {
        try {
            Files.move(file.temporary(), file.target(), StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file.temporary(), file.target(), StandardCopyOption.REPLACE_EXISTING);
        }
        forceDirectory(file.target().getParent());
    }

    /** Deletes a staged file that will not be placed. */
    public void discard(StagedFile file) {
        try {
            Files.deleteIfExists(file.temporary());
        } catch (IOException e) {
            LOGGER.debug("Cannot delete {}: {}", file.temporary(), e.getMessage());
        }
    }

    /** Writes {@code bytes} to {@code relative} atomically: {@link #stage} then {@link #place}. */
    public void write(String relative, byte[] bytes) throws IOException {
        StagedFile staged = stage(relative, bytes);
        try {
            place(staged);
        } catch (IOException e) {
            discard(staged);
            throw e;
        }
    }

    /** A file written beside its target, not yet renamed into place. */
    public record StagedFile(Path temporary, Path target) {}

    /** Makes the rename durable; a file system that cannot open folders for this (Windows) is left to itself. */
    private static void forceDirectory(Path directory) {
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            LOGGER.trace("Cannot force folder {}: {}", directory, e.getMessage());
        }
    }

    /** For messages. */
    public String shown(String relative) {
        return StorageFailures.shown(resolve(relative));
    }
}
