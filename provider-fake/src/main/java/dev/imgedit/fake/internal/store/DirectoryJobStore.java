package dev.imgedit.fake.internal.store;

import dev.imgedit.EditedImage;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import dev.imgedit.fake.internal.job.FakeJob;
import dev.imgedit.fake.internal.job.JobIds;
import dev.imgedit.fake.internal.job.JobState;
import dev.imgedit.fake.internal.script.ScriptFile;
import dev.imgedit.fake.internal.script.ScriptProgress;
import dev.imgedit.fake.internal.script.Scripted;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Jobs kept in a directory, so that any process of the user can resume them, as a remote service would: the CLI's
 * {@code imgedit fetch JOB_ID} in a new process finds the job that {@code imgedit edit --no-wait} submitted.
 *
 * <p>One directory per job ({@link JobDirectoryLayout}), checked to be the user's own ({@link JobDirectoryRoot}).
 * A job is written into a hidden temporary directory and renamed into place in one step, so a reader sees all of it
 * or nothing. Status checks are counted under the job's {@link JobLock}. Every submit prunes the directory
 * ({@link JobDirectoryPruner}). A job id names a file only once it has matched {@link JobIds#isJobId}, so no id can
 * lead outside. The progress of script files is kept beside the jobs, one file per script, under a lock of its own.
 */
public final class DirectoryJobStore extends JobStore {
    private static final long MAX_OUTPUT_BYTES = 64L * 1024 * 1024;

    private final Path root;
    private final Limits limits;
    private final Clock clock;
    private final DirectoryStoreFailures failures;
    private final JobDirectoryRoot rootCheck;
    private final JobDirectoryPruner pruner;

    /**
     * How much the store keeps.
     *
     * @param maxJobs the newest jobs kept, 1 or more
     * @param maxAge how long a job is kept after it was accepted
     * @param maxBytes the images kept, in bytes; the newest job is kept whatever its size
     */
    public record Limits(int maxJobs, Duration maxAge, long maxBytes) {
        /** A day, the newest 100 jobs, 256 MiB of images. */
        public static final Limits DEFAULT = new Limits(100, Duration.ofHours(24), 256L * 1024 * 1024);

        public Limits {
            Objects.requireNonNull(maxAge, "maxAge is null");
            if (maxJobs <= 0 || maxBytes <= 0 || maxAge.isNegative() || maxAge.isZero()) {
                throw new IllegalArgumentException("maxJobs, maxAge and maxBytes must be positive");
            }
        }

        boolean expired(Instant created, Instant now) {
            return !now.isBefore(created.plus(maxAge));
        }
    }

    /** Nothing is touched until a job is added or looked for. */
    public DirectoryJobStore(Path root, Limits limits, Clock clock) {
        this.root = Objects.requireNonNull(root, "root is null").toAbsolutePath().normalize();
        this.limits = Objects.requireNonNull(limits, "limits is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.failures = new DirectoryStoreFailures(where(), limits);
        this.rootCheck = new JobDirectoryRoot(this.root, failures);
        this.pruner = new JobDirectoryPruner(this.root, limits, clock);
    }

    public Path root() {
        return root;
    }

    @Override
    public String where() {
        return "in " + root;
    }

    @Override
    public void add(FakeJob job, List<EditedImage> images) {
        if (images.size() != job.outputs().size()) {
            throw new IllegalArgumentException("the job describes " + job.outputs().size() + " outputs, not "
                    + images.size());
        }
        rootCheck.prepare(true);
        Path temporary = root.resolve(JobDirectoryLayout.temporaryName(job.id()));
        try {
            rootCheck.createPrivateDirectory(temporary);
            for (int i = 0; i < images.size(); i++) {
                Path output = temporary.resolve(JobDirectoryLayout.outputName(i + 1, job.outputs().get(i).type()));
                try (OutputStream out = Files.newOutputStream(output, StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE)) {
                    images.get(i).bytes().writeTo(out);
                }
            }
            PropertiesFiles.write(temporary.resolve(JobDirectoryLayout.JOB_FILE), JobDescription.properties(job));
            new StoredState(0, job.stateAfter(0, job.createdAt()).status()).create(temporary);
            Files.createFile(temporary.resolve(JobDirectoryLayout.LOCK_FILE));
            Files.move(temporary, jobDirectory(job.id()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            JobDirectoryLayout.deleteQuietly(temporary);
            throw failures.unavailable("could not keep the job", e, null, "nothing was submitted");
        } catch (RuntimeException e) {
            JobDirectoryLayout.deleteQuietly(temporary);
            throw e;
        }
        pruner.prune(job.id());
    }

    @Override
    public FakeJob find(String id) {
        Path directory = jobDirectory(id);
        if (!rootCheck.prepare(false)) {
            throw failures.notFound(id);
        }
        Properties properties = failures.onJobFiles(id, "could not read job",
                () -> PropertiesFiles.read(directory.resolve(JobDirectoryLayout.JOB_FILE)));
        FakeJob job;
        try {
            job = JobDescription.parse(properties);
        } catch (RuntimeException e) {
            throw failures.damaged(id, e.getMessage());
        }
        if (!job.id().equals(id)) {
            throw failures.damaged(id, JobDirectoryLayout.JOB_FILE + " names job " + JobIds.shown(job.id()));
        }
        if (limits.expired(job.createdAt(), clock.instant())) {
            throw failures.notFound(id);
        }
        return job;
    }

    @Override
    public JobState check(FakeJob job, Instant now) {
        Path directory = jobDirectory(job.id());
        return failures.onJobFiles(job.id(), "could not check job",
                () -> JobLock.whileLocked(directory, job.id(), () -> countCheck(job, directory, now)));
    }

    /** Reads, counts and rewrites the state; only under the job's lock. */
    private JobState countCheck(FakeJob job, Path directory, Instant now) throws IOException {
        StoredState state = readState(directory, job.id());
        JobState answer = job.stateAfter(state.checks(), now);
        int checks = job.countsCheck(state.checks()) ? state.checks() + 1 : state.checks();
        if (checks != state.checks() || answer.status() != state.status()) {
            new StoredState(checks, answer.status()).replace(directory);
        }
        return answer;
    }

    @Override
    public JobState peek(FakeJob job, Instant now) {
        StoredState state = failures.onJobFiles(job.id(), "could not read job",
                () -> readState(jobDirectory(job.id()), job.id()));
        return job.stateAfter(state.checks(), now);
    }

    @Override
    public List<EditedImage> images(FakeJob job) {
        Path directory = jobDirectory(job.id());
        List<EditedImage> images = new ArrayList<>();
        for (int i = 0; i < job.outputs().size(); i++) {
            FakeJob.Output output = job.outputs().get(i);
            String name = JobDirectoryLayout.outputName(i + 1, output.type());
            byte[] bytes = failures.onJobFiles(job.id(), "could not read the result of job",
                    () -> PropertiesFiles.readAtMost(directory.resolve(name), MAX_OUTPUT_BYTES));
            if (bytes.length != output.size() || !JobIds.sha256(bytes).equals(output.sha256())
                    || ImageType.detect(bytes).orElse(null) != output.type()) {
                throw failures.damaged(job.id(), name + " is not the image that was stored");
            }
            images.add(new EditedImage(null, output.type(), ImageBytes.adopt(bytes), output.width(),
                    output.height()));
        }
        return List.copyOf(images);
    }

    @Override
    public Scripted claim(ScriptFile script, String prompt) {
        rootCheck.prepare(true);
        Path file = root.resolve(JobDirectoryLayout.scriptProgressName(script.path()));
        try {
            return JobLock.whileLocked(root.resolve(JobDirectoryLayout.scriptLockName(script.path())), true, () -> {
                ScriptProgress progress = ScriptProgressFile.read(file, script);
                try {
                    return progress.claim(script.source(), script.outcomes(), prompt);
                } finally {
                    ScriptProgressFile.replace(file, root.resolve(JobDirectoryLayout.scriptTemporaryName(script.path())),
                            progress);
                }
            });
        } catch (IOException e) {
            throw failures.unavailable("could not follow " + script.source(), e, null, "nothing was submitted");
        }
    }

    @Override
    public ScriptProgress progress(ScriptFile script) {
        if (!rootCheck.prepare(false)) {
            return new ScriptProgress(script.version());
        }
        try {
            return ScriptProgressFile.read(root.resolve(JobDirectoryLayout.scriptProgressName(script.path())),
                    script);
        } catch (IOException e) {
            throw failures.unavailable("could not read the progress of " + script.source(), e, null,
                    "try again later");
        }
    }

    /** The directory of the job {@code id}, which must be an id: nothing else may name a file. */
    private Path jobDirectory(String id) {
        if (!JobIds.isJobId(id)) {
            throw new IllegalArgumentException("not a fake job id: " + JobIds.shown(id));
        }
        return root.resolve(id);
    }

    private StoredState readState(Path directory, String id) throws IOException {
        Properties properties = PropertiesFiles.read(directory.resolve(JobDirectoryLayout.STATE_FILE));
        try {
            return StoredState.parse(properties);
        } catch (RuntimeException e) {
            throw failures.damaged(id, JobDirectoryLayout.STATE_FILE + ": " + e.getMessage());
        }
    }
}
