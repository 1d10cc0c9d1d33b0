package dev.imgedit.cli.internal;

/**
 * The process exit codes of imgedit, documented in docs/cli.md; scripts branch on them, so they never change. A
 * signal that ends the run (SIGINT, SIGTERM) gives the JVM's 128 + its number instead (130, 143), after
 * {@link dev.imgedit.cli.internal.edit.InterruptGuard} has printed the fetch command.
 */
public enum ExitCode {
    SUCCESS(0),
    INTERNAL_ERROR(1),
    /** A usage error or an invalid input: fix the command line or the file. */
    USAGE(2),
    AUTHENTICATION(3),
    RATE_LIMITED(4),
    INSUFFICIENT_CREDITS(5),
    CONTENT_REJECTED(6),
    /** The wait ran out; the job goes on and {@code imgedit fetch} finishes it. */
    TIMED_OUT(7),
    /** The provider failed the job, could not be reached, or none is installed. */
    PROVIDER_FAILED(8),
    /** Reading or writing a local file failed. */
    LOCAL_IO(9),
    /**
     * {@code batch}: some items did not end with an output (failed, outcome unknown, or left for the next run); the
     * others are done, and running the same batch again goes on from there.
     */
    PARTIAL_FAILURE(10);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
