package dev.imgedit.fake;

import dev.imgedit.exception.ErrorKind;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.spi.ProviderConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * How the fake provider imitates a remote service: how slow it is, how long its jobs queue, how it fails and where it
 * keeps its jobs. The defaults make it answer at once, never fail, and keep jobs in {@link #defaultJobDirectory()}.
 *
 * <p>Jobs are kept in a directory by default, as a remote service keeps them for any client: a job submitted by one
 * process can be resumed by another, which is what the CLI's {@code imgedit fetch JOB_ID} does after
 * {@code imgedit edit --no-wait} or a timeout. A test that wants nothing on disk, or no job shared beyond its own
 * JVM, keeps them in memory ({@link Builder#jobsInMemory()}, {@code IMGEDIT_FAKE_JOB_DIRECTORY=memory}); one that
 * wants another process to resume its jobs without sharing them with anything else gives a directory of its own.
 *
 * @param latency a delay applied at submit and at each status check while awaiting, as a network round trip would
 * @param queueChecks how many status checks answer "processing" before the job is done; 0 means done at submit.
 *     The checks are counted with the job, so they are N whichever process makes them
 * @param queueTime how long after submit the job is done at the earliest; zero means no wait
 * @param neverFinish whether jobs stay "processing" for ever, for timeout tests
 * @param failure the failure to imitate, one of {@link #FAILURE_KINDS}, or null for none
 * @param jobDirectory where jobs are kept, so that any process can resume them; null keeps them in this JVM's
 *     memory only. Made absolute
 * @param script a {@link FakeScript} file saying what each submit gets, in order, or null for none. A script says
 *     how each job queues and fails, so it excludes {@code queueChecks}, {@code queueTime}, {@code neverFinish} and
 *     {@code failure}. Its progress is kept where the jobs are, so consecutive processes take its outcomes in turn;
 *     editing or touching the file starts it over. Made absolute
 */
public record FakeSettings(
        Duration latency,
        int queueChecks,
        Duration queueTime,
        boolean neverFinish,
        @Nullable ErrorKind failure,
        @Nullable Path jobDirectory,
        @Nullable Path script) {

    /** A {@code Duration} such as {@code 250ms}, {@code 2s} or {@code PT1S}; default 0. */
    public static final String LATENCY = "IMGEDIT_FAKE_LATENCY";
    /** A whole number of status checks, 0 or more; default 0. */
    public static final String QUEUE_CHECKS = "IMGEDIT_FAKE_QUEUE_CHECKS";
    /** A duration; default 0. */
    public static final String QUEUE_TIME = "IMGEDIT_FAKE_QUEUE_TIME";
    /** {@code true} or {@code false}; default false. */
    public static final String NEVER_FINISH = "IMGEDIT_FAKE_NEVER_FINISH";
    /** An {@link ErrorKind} name from {@link #FAILURE_KINDS}, or {@code none}. */
    public static final String FAIL = "IMGEDIT_FAKE_FAIL";
    /** A directory, or {@value #MEMORY}; default {@link #defaultJobDirectory()}. */
    public static final String JOB_DIRECTORY = "IMGEDIT_FAKE_JOB_DIRECTORY";
    /** The {@link #JOB_DIRECTORY} that keeps jobs in memory; {@code ./memory} names a directory. */
    public static final String MEMORY = "memory";
    /** A {@link FakeScript} file: what each submit gets, in order. */
    public static final String SCRIPT = "IMGEDIT_FAKE_SCRIPT";

    /**
     * The failures the fake can imitate. {@link ErrorKind#JOB_FAILED} and {@link ErrorKind#JOB_NOT_FOUND} happen
     * while awaiting a job that was accepted; the others are thrown by submit. {@link ErrorKind#OUTCOME_UNKNOWN}
     * accepts the job first, as a lost response would, so its exception carries a job id that can be resumed.
     */
    public static final Set<ErrorKind> FAILURE_KINDS = Set.copyOf(EnumSet.of(
            ErrorKind.INVALID_REQUEST,
            ErrorKind.AUTHENTICATION,
            ErrorKind.INSUFFICIENT_CREDITS,
            ErrorKind.RATE_LIMITED,
            ErrorKind.CONTENT_REJECTED,
            ErrorKind.PROVIDER_UNAVAILABLE,
            ErrorKind.OUTCOME_UNKNOWN,
            ErrorKind.UNSUPPORTED_FEATURE,
            ErrorKind.JOB_FAILED,
            ErrorKind.JOB_NOT_FOUND));

    public FakeSettings {
        Objects.requireNonNull(latency, "latency is null");
        Objects.requireNonNull(queueTime, "queueTime is null");
        if (latency.isNegative() || queueTime.isNegative()) {
            throw new IllegalArgumentException("latency and queueTime must not be negative");
        }
        if (queueChecks < 0) {
            throw new IllegalArgumentException("queueChecks must not be negative, got " + queueChecks);
        }
        if (failure != null && !FAILURE_KINDS.contains(failure)) {
            throw new IllegalArgumentException("the fake cannot imitate " + failure + ": use one of "
                    + SettingValues.names(FAILURE_KINDS));
        }
        jobDirectory = jobDirectory == null ? null : jobDirectory.toAbsolutePath().normalize();
        script = script == null ? null : script.toAbsolutePath().normalize();
        if (script != null && !scriptFreeSettings(queueChecks, queueTime, neverFinish, failure).isEmpty()) {
            throw new IllegalArgumentException("a script says how each job queues and fails: leave out "
                    + String.join(", ", scriptFreeSettings(queueChecks, queueTime, neverFinish, failure)));
        }
    }

    /** Settings that keep jobs in {@link #defaultJobDirectory()}, without a script. */
    public FakeSettings(
            Duration latency, int queueChecks, Duration queueTime, boolean neverFinish, @Nullable ErrorKind failure) {
        this(latency, queueChecks, queueTime, neverFinish, failure, defaultJobDirectory(), null);
    }

    /**
     * {@code imgedit-fake-jobs-<user name>} in {@code java.io.tmpdir}: private to the user (created
     * {@code rwx------} where POSIX permissions exist, and refused when another user owns it), shared by all their
     * processes. The fake forgets a job there after a day, and beyond its newest 100.
     */
    public static Path defaultJobDirectory() {
        String user = System.getProperty("user.name", "").replaceAll("[^A-Za-z0-9._-]", "_");
        if (user.isEmpty() || user.chars().allMatch(c -> c == '.')) {
            user = "user";
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "imgedit-fake-jobs-"
                + user.substring(0, Math.min(user.length(), 64)));
    }

    /** Answers at once, never fails. */
    public static FakeSettings defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads the {@code IMGEDIT_FAKE_*} settings; unset ones keep their defaults.
     *
     * @throws InvalidRequestException naming the setting when a value is malformed
     */
    public static FakeSettings fromConfig(ProviderConfig config) {
        Builder builder = builder();
        config.get(LATENCY).map(text -> SettingValues.duration(LATENCY, text)).ifPresent(builder::latency);
        config.get(QUEUE_CHECKS).map(text -> SettingValues.count(QUEUE_CHECKS, text)).ifPresent(builder::queueChecks);
        config.get(QUEUE_TIME).map(text -> SettingValues.duration(QUEUE_TIME, text)).ifPresent(builder::queueTime);
        config.get(NEVER_FINISH).map(text -> SettingValues.flag(NEVER_FINISH, text)).ifPresent(builder::neverFinish);
        config.get(FAIL).ifPresent(text -> builder.failure(SettingValues.failure(FAIL, text, FAILURE_KINDS)));
        config.get(JOB_DIRECTORY).ifPresent(text -> builder.jobDirectory(text.strip().equalsIgnoreCase(MEMORY)
                ? null : SettingValues.path(JOB_DIRECTORY, "a directory or " + MEMORY, text)));
        config.get(SCRIPT).ifPresent(text -> builder.script(SettingValues.path(SCRIPT, "a script file", text)));
        if (builder.script != null) {
            List<String> excluded = scriptFreeSettings(builder.queueChecks, builder.queueTime, builder.neverFinish,
                    builder.failure);
            if (!excluded.isEmpty()) {
                throw new InvalidRequestException(SCRIPT + " says how each job queues and fails, so "
                        + String.join(" and ", excluded) + " cannot be set with it: unset "
                        + (excluded.size() == 1 ? "it, or write it" : "them, or write them") + " into the script");
            }
        }
        return builder.build();
    }

    public Builder toBuilder() {
        return new Builder().latency(latency).queueChecks(queueChecks).queueTime(queueTime).neverFinish(neverFinish)
                .failure(failure).jobDirectory(jobDirectory).script(script);
    }

    /** The settings a script replaces that are set, by their names. */
    private static List<String> scriptFreeSettings(int queueChecks, Duration queueTime, boolean neverFinish,
            @Nullable ErrorKind failure) {
        List<String> set = new ArrayList<>();
        if (queueChecks > 0) {
            set.add(QUEUE_CHECKS);
        }
        if (!queueTime.isZero()) {
            set.add(QUEUE_TIME);
        }
        if (neverFinish) {
            set.add(NEVER_FINISH);
        }
        if (failure != null) {
            set.add(FAIL);
        }
        return set;
    }

    /** Builds {@link FakeSettings}; starts from the defaults. */
    public static final class Builder {
        private Duration latency = Duration.ZERO;
        private int queueChecks;
        private Duration queueTime = Duration.ZERO;
        private boolean neverFinish;
        private @Nullable ErrorKind failure;
        private @Nullable Path jobDirectory = defaultJobDirectory();
        private @Nullable Path script;

        private Builder() {}

        public Builder latency(Duration latency) {
            this.latency = latency;
            return this;
        }

        public Builder queueChecks(int queueChecks) {
            this.queueChecks = queueChecks;
            return this;
        }

        public Builder queueTime(Duration queueTime) {
            this.queueTime = queueTime;
            return this;
        }

        public Builder neverFinish(boolean neverFinish) {
            this.neverFinish = neverFinish;
            return this;
        }

        public Builder failure(@Nullable ErrorKind failure) {
            this.failure = failure;
            return this;
        }

        /** Where jobs are kept, so that any process can resume them; null keeps them in memory. */
        public Builder jobDirectory(@Nullable Path jobDirectory) {
            this.jobDirectory = jobDirectory;
            return this;
        }

        /** Keeps jobs in this JVM's memory only: no file is written, and no other process can resume them. */
        public Builder jobsInMemory() {
            return jobDirectory(null);
        }

        /** A {@link FakeScript} file; null for none. */
        public Builder script(@Nullable Path script) {
            this.script = script;
            return this;
        }

        public FakeSettings build() {
            return new FakeSettings(latency, queueChecks, queueTime, neverFinish, failure, jobDirectory, script);
        }
    }
}
