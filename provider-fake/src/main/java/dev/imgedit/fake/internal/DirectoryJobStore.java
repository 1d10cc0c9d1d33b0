package dev.imgedit.fake.internal;

import dev.imgedit.EditedImage;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import dev.imgedit.JobStatus;
import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.fake.FakeSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.FileLockInterruptionException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jobs kept in a directory, so that any process of the user can resume them, as a remote service would: the CLI's
 * {@code imgedit fetch JOB_ID} in a new process finds the job that {@code imgedit edit --no-wait} submitted.
 *
 * <p>Layout: one directory per job, named by its id, holding
 * <ul>
 *   <li>{@code job.properties}: what the job is and how it finishes (created time, queue rules, never-finish, the
 *       failure to report, the outputs' type, size, dimensions and SHA-256, the result's metadata); written once;
 *   <li>{@code output-1.png}, ...: the images; written once;
 *   <li>{@code state.properties}: the status checks counted so far and the status last reported; the only file that
 *       changes, always replaced whole (temporary file + atomic rename);
 *   <li>{@code lock}: empty; locked (JVM-wide and, through the operating system, across processes) while a status
 *       check reads, counts and rewrites the state, so that N checks are N whoever makes them.
 * </ul>
 * A job is written into a hidden temporary directory and renamed into place in one step, so a reader sees all of it
 * or nothing; an expired job is renamed away before it is deleted, for the same reason. Every submit prunes the
 * directory: jobs older than {@link Limits#maxAge()} go, then the oldest beyond {@link Limits#maxJobs()} or
 * {@link Limits#maxBytes()}, and temporary directories abandoned by a crashed process. Only names this store makes
 * are ever deleted, so a directory shared with other files loses none of them.
 *
 * <p>Where POSIX permissions exist, the directories it creates are {@code rwx------}, and it refuses a directory
 * that belongs to another user: in a shared temporary directory, another user could otherwise plant one to read or
 * forge jobs. A job id names a file only once it has matched {@link JobIds#isJobId}, so no id can lead outside.
 */
public final class DirectoryJobStore extends JobStore {
    private static final Logger LOGGER = LoggerFactory.getLogger(DirectoryJobStore.class);

    static final String JOB_FILE = "job.properties";
    static final String STATE_FILE = "state.properties";
    static final String LOCK_FILE = "lock";
    private static final String TEMPORARY = ".tmp-";
    private static final String DELETING = ".del-";
    private static final Pattern OWN_HIDDEN_NAME =
            Pattern.compile("\\.(tmp|del)-(fake-[0-9a-z]{12}-[0-9a-f]{8})-[0-9a-z]{6}");
    private static final Pattern STATE_TEMPORARY = Pattern.compile("\\.state-[0-9a-z]{6}\\.tmp");
    private static final int FORMAT = 1;
    /** A job's temporary directory this old was abandoned by a process that died while writing it. */
    private static final Duration ABANDONED_AFTER = Duration.ofHours(1);
    private static final long MAX_PROPERTIES_BYTES = 64 * 1024;
    private static final long MAX_OUTPUT_BYTES = 64L * 1024 * 1024;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");
    private static final Duration LOCK_PATIENCE = Duration.ofSeconds(10);
    /** Status checks of one job in one JVM queue here before they take the file lock, which is per process. */
    private static final Object[] STRIPES = new Object[64];

    static {
        for (int i = 0; i < STRIPES.length; i++) {
            STRIPES[i] = new Object();
        }
    }

    private final Path root;
    private final Limits limits;
    private final Clock clock;
    private final Object rootCheck = new Object();
    private volatile boolean rootChecked;

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
    }

    /** Nothing is touched until a job is added or looked for. */
    public DirectoryJobStore(Path root, Limits limits, Clock clock) {
        this.root = Objects.requireNonNull(root, "root is null").toAbsolutePath().normalize();
        this.limits = Objects.requireNonNull(limits, "limits is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    public Path root() {
        return root;
    }

    @Override
    public String where() {
        return "in " + root;
    }

    @Override
    void add(FakeJob job, List<EditedImage> images) {
        if (images.size() != job.outputs().size()) {
            throw new IllegalArgumentException("the job describes " + job.outputs().size() + " outputs, not "
                    + images.size());
        }
        prepareRoot(true);
        Path temporary = root.resolve(TEMPORARY + job.id() + "-" + JobIds.randomToken(6));
        try {
            createPrivateDirectory(temporary);
            for (int i = 0; i < images.size(); i++) {
                try (OutputStream out = Files.newOutputStream(temporary.resolve(outputName(i + 1)),
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    images.get(i).bytes().writeTo(out);
                }
            }
            writeProperties(temporary.resolve(JOB_FILE), jobProperties(job));
            writeProperties(temporary.resolve(STATE_FILE),
                    stateProperties(0, job.stateAfter(0, job.createdAt()).status()));
            Files.createFile(temporary.resolve(LOCK_FILE));
            Files.move(temporary, jobDirectory(job.id()), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw unavailable("could not keep the job " + where(), e, null, "nothing was submitted");
        } catch (RuntimeException e) {
            deleteQuietly(temporary);
            throw e;
        }
        prune(job.id());
    }

    @Override
    FakeJob find(String id) {
        Path directory = jobDirectory(id);
        if (!prepareRoot(false)) {
            throw notFound(id);
        }
        Properties properties;
        try {
            properties = readProperties(directory.resolve(JOB_FILE));
        } catch (NoSuchFileException e) {
            throw notFound(id);
        } catch (IOException e) {
            throw unavailable("could not read job " + id + " " + where(), e, id, "try again later");
        }
        FakeJob job;
        try {
            job = parseJob(properties);
        } catch (RuntimeException e) {
            throw damaged(id, e.getMessage());
        }
        if (!job.id().equals(id)) {
            throw damaged(id, JOB_FILE + " names job " + JobIds.shown(job.id()));
        }
        if (expired(job.createdAt(), clock.instant())) {
            throw notFound(id);
        }
        return job;
    }

    @Override
    JobState check(FakeJob job, Instant now) {
        Path directory = jobDirectory(job.id());
        synchronized (STRIPES[Math.floorMod(job.id().hashCode(), STRIPES.length)]) {
            try (FileChannel channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
                    FileLock lock = lock(channel)) {
                State state = readState(directory, job.id());
                JobState answer = job.stateAfter(state.checks(), now);
                int checks = job.countsCheck(state.checks()) ? state.checks() + 1 : state.checks();
                if (checks != state.checks() || answer.status() != state.status()) {
                    writeState(directory, checks, answer.status());
                }
                return answer;
            } catch (NoSuchFileException e) {
                throw notFound(job.id());
            } catch (IOException e) {
                throw unavailable("could not check job " + job.id() + " " + where(), e, job.id(),
                        "try again later");
            }
        }
    }

    @Override
    JobState peek(FakeJob job, Instant now) {
        try {
            return job.stateAfter(readState(jobDirectory(job.id()), job.id()).checks(), now);
        } catch (NoSuchFileException e) {
            throw notFound(job.id());
        } catch (IOException e) {
            throw unavailable("could not read job " + job.id() + " " + where(), e, job.id(), "try again later");
        }
    }

    @Override
    List<EditedImage> images(FakeJob job) {
        Path directory = jobDirectory(job.id());
        List<EditedImage> images = new ArrayList<>();
        for (int i = 0; i < job.outputs().size(); i++) {
            FakeJob.Output output = job.outputs().get(i);
            String name = outputName(i + 1);
            byte[] bytes;
            try {
                bytes = readAtMost(directory.resolve(name), MAX_OUTPUT_BYTES);
            } catch (NoSuchFileException e) {
                throw notFound(job.id());
            } catch (IOException e) {
                throw unavailable("could not read the result of job " + job.id() + " " + where(), e, job.id(),
                        "try again later");
            }
            if (bytes.length != output.size() || !JobIds.sha256(bytes).equals(output.sha256())
                    || ImageType.detect(bytes).orElse(null) != output.type()) {
                throw damaged(job.id(), name + " is not the image that was stored");
            }
            images.add(new EditedImage(null, output.type(), ImageBytes.adopt(bytes), output.width(),
                    output.height()));
        }
        return List.copyOf(images);
    }

    /** The directory of the job {@code id}, which must be an id: nothing else may name a file. */
    private Path jobDirectory(String id) {
        if (!JobIds.isJobId(id)) {
            throw new IllegalArgumentException("not a fake job id: " + JobIds.shown(id));
        }
        return root.resolve(id);
    }

    private static String outputName(int number) {
        return "output-" + number + ".png";
    }

    // ---------------------------------------------------------------------------------------------------- the root

    /**
     * Checks the directory once per store: that it is a directory and belongs to this user, creating it (and its
     * parents) when {@code create} says so.
     *
     * @return false when it does not exist and was not to be created
     */
    private boolean prepareRoot(boolean create) {
        if (rootChecked) {
            return true;
        }
        synchronized (rootCheck) {
            if (rootChecked) {
                return true;
            }
            try {
                if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                    if (!create) {
                        return false;
                    }
                    Path parent = root.getParent();
                    if (parent != null) {
                        Files.createDirectories(parent);
                    }
                    try {
                        createPrivateDirectory(root);
                        LOGGER.debug("Created the fake's job directory {}", root);
                    } catch (FileAlreadyExistsException e) {
                        // Another process made it first: checked below like any existing directory.
                    }
                }
                String refusal = refusal();
                if (refusal != null) {
                    throw new ProviderUnavailableException("the fake provider cannot keep its jobs " + where() + ": "
                            + refusal + "; set " + FakeSettings.JOB_DIRECTORY + " to a directory of your own, or to "
                            + FakeSettings.MEMORY);
                }
                rootChecked = true;
                return true;
            } catch (IOException e) {
                throw unavailable("cannot keep its jobs " + where(), e, null,
                        "set " + FakeSettings.JOB_DIRECTORY + " to a directory it can write, or to "
                                + FakeSettings.MEMORY);
            }
        }
    }

    /** Why the existing root cannot be used, or null when it can. */
    private @Nullable String refusal() throws IOException {
        if (!posix()) {
            return Files.isDirectory(root) ? null : "it is not a directory";
        }
        PosixFileAttributes entry = Files.readAttributes(root, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributes target = entry.isSymbolicLink() ? Files.readAttributes(root, PosixFileAttributes.class)
                : entry;
        if (!target.isDirectory()) {
            return "it is not a directory";
        }
        UserPrincipal me = currentUser();
        if (me == null) {
            return null;
        }
        if (!entry.owner().equals(me) || !target.owner().equals(me)) {
            return "it belongs to " + (entry.owner().equals(me) ? target : entry).owner().getName() + ", not to "
                    + me.getName();
        }
        return null;
    }

    private @Nullable UserPrincipal currentUser() {
        String name = System.getProperty("user.name", "");
        try {
            return root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(name);
        } catch (IOException | UnsupportedOperationException e) {
            // A container user without a name: nobody else to be protected from, most likely.
            LOGGER.debug("Cannot look up the user '{}' to check who owns {}: {}", name, root, e.toString());
            return null;
        }
    }

    private boolean posix() {
        return root.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private void createPrivateDirectory(Path directory) throws IOException {
        if (posix()) {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createDirectory(directory);
        }
    }

    // --------------------------------------------------------------------------------------------------- the files

    private static Map<String, String> jobProperties(FakeJob job) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("format", Integer.toString(FORMAT));
        properties.put("id", job.id());
        properties.put("created", job.createdAt().toString());
        properties.put("queueChecks", Integer.toString(job.queueChecks()));
        properties.put("queueTime", job.queueTime().toString());
        properties.put("neverFinish", Boolean.toString(job.neverFinish()));
        if (job.failure() != null) {
            properties.put("failure", job.failure().name());
        }
        properties.put("outputs", Integer.toString(job.outputs().size()));
        for (int i = 0; i < job.outputs().size(); i++) {
            FakeJob.Output output = job.outputs().get(i);
            String prefix = "output." + (i + 1) + ".";
            properties.put(prefix + "type", output.type().name());
            properties.put(prefix + "width", Integer.toString(output.width()));
            properties.put(prefix + "height", Integer.toString(output.height()));
            properties.put(prefix + "size", Long.toString(output.size()));
            properties.put(prefix + "sha256", output.sha256());
        }
        job.metadata().forEach((name, value) -> properties.put("metadata." + name, value));
        return properties;
    }

    /** @throws RuntimeException saying what is wrong when the file is not a job of this format */
    private static FakeJob parseJob(Properties properties) {
        int format = integer(properties, "format");
        if (format != FORMAT) {
            throw new IllegalArgumentException("format " + format + ", written by another version of the fake");
        }
        String failure = properties.getProperty("failure");
        int outputCount = integer(properties, "outputs");
        if (outputCount < 1 || outputCount > 16) {
            throw new IllegalArgumentException("outputs=" + outputCount);
        }
        List<FakeJob.Output> outputs = new ArrayList<>();
        for (int i = 1; i <= outputCount; i++) {
            String prefix = "output." + i + ".";
            outputs.add(new FakeJob.Output(ImageType.valueOf(required(properties, prefix + "type")),
                    integer(properties, prefix + "width"), integer(properties, prefix + "height"),
                    Long.parseLong(required(properties, prefix + "size")), required(properties, prefix + "sha256")));
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith("metadata.")) {
                metadata.put(name.substring("metadata.".length()), properties.getProperty(name));
            }
        }
        return new FakeJob(required(properties, "id"), Instant.parse(required(properties, "created")),
                integer(properties, "queueChecks"), Duration.parse(required(properties, "queueTime")),
                Boolean.parseBoolean(required(properties, "neverFinish")),
                failure == null ? null : ErrorKind.valueOf(failure), outputs, metadata);
    }

    private static String required(Properties properties, String name) {
        String value = properties.getProperty(name);
        if (value == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        return value;
    }

    private static int integer(Properties properties, String name) {
        return Integer.parseInt(required(properties, name));
    }

    private record State(int checks, JobStatus status) {}

    private static Map<String, String> stateProperties(int checks, JobStatus status) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("checks", Integer.toString(checks));
        properties.put("status", status.name());
        return properties;
    }

    private State readState(Path directory, String id) throws IOException {
        Properties properties = readProperties(directory.resolve(STATE_FILE));
        try {
            int checks = integer(properties, "checks");
            if (checks < 0) {
                throw new IllegalArgumentException("checks=" + checks);
            }
            return new State(checks, JobStatus.valueOf(required(properties, "status")));
        } catch (RuntimeException e) {
            throw damaged(id, STATE_FILE + ": " + e.getMessage());
        }
    }

    /** Replaces the state file whole: readers see the old one or the new one, never a part. */
    private static void writeState(Path directory, int checks, JobStatus status) throws IOException {
        Path temporary = directory.resolve(".state-" + JobIds.randomToken(6) + ".tmp");
        try {
            writeProperties(temporary, stateProperties(checks, status));
            Files.move(temporary, directory.resolve(STATE_FILE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * Takes the job's lock, which another process (or another copy of this class, in another class loader) may
     * hold for the moment a check takes. Polls rather than blocks, so that a process stopped while holding it cannot
     * make this one wait for ever.
     */
    private static FileLock lock(FileChannel channel) throws IOException {
        long deadline = System.nanoTime() + LOCK_PATIENCE.toNanos();
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // Held in this JVM through another channel: wait for it as for another process.
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("the job's lock file stayed locked for " + LOCK_PATIENCE.toSeconds() + " s");
            }
            try {
                TimeUnit.MILLISECONDS.sleep(1);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new ClosedByInterruptException();
            }
        }
    }

    /** Written in the order given, escaped as {@link Properties#load(java.io.Reader)} reads it. */
    private static void writeProperties(Path file, Map<String, String> properties) throws IOException {
        StringBuilder text = new StringBuilder("# imgedit fake provider job; see ").append(FakeSettings.JOB_DIRECTORY)
                .append('\n');
        properties.forEach((name, value) -> text.append(escape(name, true)).append('=').append(escape(value, false))
                .append('\n'));
        Files.write(file, text.toString().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);
    }

    private static String escape(String text, boolean key) {
        StringBuilder escaped = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                case '\f' -> escaped.append("\\f");
                case '=', ':', '#', '!' -> escaped.append(key ? "\\" : "").append(c);
                case ' ' -> escaped.append(key || i == 0 ? "\\ " : " ");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static Properties readProperties(Path file) throws IOException {
        Properties properties = new Properties();
        properties.load(new StringReader(new String(readAtMost(file, MAX_PROPERTIES_BYTES), StandardCharsets.UTF_8)));
        return properties;
    }

    /** The file's bytes, never following a symbolic link; a file larger than {@code limit} is refused. */
    private static byte[] readAtMost(Path file, long limit) throws IOException {
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new IOException(file.getFileName() + " is larger than " + limit + " bytes");
            }
            return bytes;
        }
    }

    // ------------------------------------------------------------------------------------------------- forgetting

    private boolean expired(Instant created, Instant now) {
        return !now.isBefore(created.plus(limits.maxAge()));
    }

    private record Candidate(Path directory, String id, Instant created, long bytes) {}

    /** Forgets expired jobs, then the oldest beyond the limits; never {@code added}, never fails the caller. */
    private void prune(String added) {
        Instant now = clock.instant();
        List<Candidate> jobs = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                Matcher hidden = OWN_HIDDEN_NAME.matcher(name);
                if (JobIds.isJobId(name)) {
                    Candidate candidate = candidate(entry, name);
                    if (candidate != null) {
                        jobs.add(candidate);
                    }
                } else if (hidden.matches() && (hidden.group(1).equals("del")
                        || modifiedBefore(entry, now.minus(ABANDONED_AFTER)))) {
                    deleteQuietly(entry);
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
                    && !expired(job.created(), now);
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
            Properties properties = readProperties(directory.resolve(JOB_FILE));
            try {
                FakeJob job = parseJob(properties);
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

    /** Renames the job away first, so that no reader finds half of it, then deletes it. */
    private void forget(Candidate job) {
        Path doomed = root.resolve(DELETING + job.id() + "-" + JobIds.randomToken(6));
        try {
            Files.move(job.directory(), doomed, StandardCopyOption.ATOMIC_MOVE);
        } catch (NoSuchFileException e) {
            return;
        } catch (IOException e) {
            LOGGER.debug("Could not forget fake job {}: {}", job.directory(), e.toString());
            return;
        }
        LOGGER.debug("Forgot fake job {}, accepted {}", job.id(), job.created());
        deleteQuietly(doomed);
    }

    /**
     * Deletes one of this store's job directories: its files, then itself. It holds no subdirectories; anything
     * unexpected stays, and the directory with it.
     */
    private static void deleteQuietly(Path directory) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                if (name.equals(JOB_FILE) || name.equals(STATE_FILE) || name.equals(LOCK_FILE)
                        || name.matches("output-[0-9]{1,2}\\.png") || STATE_TEMPORARY.matcher(name).matches()) {
                    Files.deleteIfExists(entry);
                }
            }
            Files.deleteIfExists(directory);
        } catch (NoSuchFileException e) {
            // Gone already: another process forgot it at the same time.
        } catch (IOException | DirectoryIteratorException e) {
            LOGGER.debug("Could not delete {}: {}", directory, e.toString());
        }
    }

    // --------------------------------------------------------------------------------------------------- failures

    private JobNotFoundException notFound(String id) {
        return new JobNotFoundException("no fake job " + id + " " + where() + ": it was submitted with another "
                + FakeSettings.JOB_DIRECTORY + ", or has expired (the fake keeps jobs for "
                + limits.maxAge().toHours() + " h, the newest " + limits.maxJobs() + " at most)", id, null);
    }

    private JobFailedException damaged(String id, @Nullable String detail) {
        return new JobFailedException("fake job " + id + " " + where() + " is damaged (" + detail + "): submit the "
                + "edit again", id, null);
    }

    private static ProviderUnavailableException unavailable(String what, IOException failure,
            @Nullable String jobId, String next) {
        return new ProviderUnavailableException("the fake provider " + what + " (" + reason(failure) + "): " + next,
                jobId, failure);
    }

    /** An I/O failure in words, without exception class names. */
    private static String reason(IOException failure) {
        if (failure instanceof ClosedByInterruptException || failure instanceof FileLockInterruptionException) {
            return "interrupted";
        }
        if (failure instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (failure instanceof NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        if (failure instanceof FileAlreadyExistsException exists) {
            return "already exists: " + exists.getFile();
        }
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason() + (fileSystem.getFile() == null ? "" : ": " + fileSystem.getFile());
        }
        return failure.getMessage() == null ? "I/O error" : failure.getMessage();
    }
}
