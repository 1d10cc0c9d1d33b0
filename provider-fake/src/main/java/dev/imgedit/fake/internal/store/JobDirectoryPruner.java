package dev.imgedit.fake.internal.store;

import dev.imgedit.fake.internal.job.FakeJob;
import dev.imgedit.fake.internal.job.JobIds;
import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forgets the jobs of a {@link DirectoryJobStore} as a service expires them: jobs older than
 * {@link DirectoryJobStore.Limits#maxAge()} go, then the oldest beyond {@link DirectoryJobStore.Limits#maxJobs()} or
 * {@link DirectoryJobStore.Limits#maxBytes()}, and temporary directories abandoned by a crashed process. An expired
 * job is renamed away before it is deleted, so that a reader sees all of it or nothing. Scripts' progress files go
 * when untouched for as long as a job is kept.
 */
final class JobDirectoryPruner {
    private static final Logger LOGGER = LoggerFactory.getLogger(JobDirectoryPruner.class);
    /** A job's temporary directory this old was abandoned by a process that died while writing it. */
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private final Path root;
    private final DirectoryJobStore.Limits limits;
    private final Clock clock;

    private record Candidate(Path directory, String id, Instant created, long bytes) {}

    JobDirectoryPruner(Path root, DirectoryJobStore.Limits limits, Clock clock) {
        this.root = root;
        this.limits = limits;
        this.clock = clock;
    }

    /** Forgets expired jobs, then the oldest beyond the limits; never {@code added}, never fails the caller. */
    void prune(String added) {
        Instant now = clock.instant();
        List<Candidate> jobs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (JobIds.isJobId(name)) {
                    Candidate candidate = candidate(entry, name);
                    if (candidate != null) {
                        jobs.add(candidate);
                    }
                } else if (JobDirectoryLayout.isDeleting(name)
                        || JobDirectoryLayout.isTemporary(name) && modifiedBefore(entry, now.minus(ABANDONED_AFTER))) {
                    JobDirectoryLayout.deleteQuietly(entry);
                } else if (JobDirectoryLayout.isScriptFile(name) && modifiedBefore(entry, now.minus(limits.maxAge()))) {
                    deleteScriptFile(entry);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            LOGGER.debug("Could not list {} to forget old fake jobs: {}", root, e.toString());
            return;
        }
        jobs.sort(Comparator.comparing(Candidate::created).thenComparing(Candidate::id).reversed());
        int kept = 0;
        long bytes = 0;
        boolean keeping = true;
        for (Candidate job : jobs) {
            keeping = keeping && kept < limits.maxJobs() && bytes + job.bytes() <= limits.maxBytes()
                    && !limits.expired(job.created(), now);
            if (keeping || job.id().equals(added)) {
                kept++;
                bytes += job.bytes();
            } else {
                forget(job);
            }
        }
    }

    /** A job to weigh, or null when it is being deleted; a damaged one is weighed by its directory's time. */
    private @Nullable Candidate candidate(Path directory, String id) {
        try {
            Properties properties = PropertiesFiles.read(directory.resolve(JobDirectoryLayout.JOB_FILE));
            try {
                FakeJob job = JobDescription.parse(properties);
                return new Candidate(directory, id, job.createdAt(), job.retainedBytes());
            } catch (RuntimeException e) {
                return new Candidate(directory, id, Files.getLastModifiedTime(directory).toInstant(), 0);
            }
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            LOGGER.debug("Could not weigh fake job {}: {}", directory, e.toString());
            return null;
        }
    }

    private static boolean modifiedBefore(Path entry, Instant limit) {
        try {
            return Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant().isBefore(limit);
        } catch (IOException e) {
            return false;
        }
    }

    /** A script's progress untouched for as long as a job is kept: its tests are long over. */
    private static void deleteScriptFile(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOGGER.debug("Could not delete {}: {}", file, e.toString());
        }
    }

    /** Renames the job away first, so that no reader finds half of it, then deletes it. */
    private void forget(Candidate job) {
        Path doomed = root.resolve(JobDirectoryLayout.deletingName(job.id()));
        try {
            Files.move(job.directory(), doomed, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            LOGGER.debug("Could not forget fake job {}: {}", job.directory(), e.toString());
            return;
        }
        LOGGER.debug("Forgot fake job {}, accepted {}", job.id(), job.created());
        JobDirectoryLayout.deleteQuietly(doomed);
    }
}
