package dev.imgedit.cli.internal;

import java.util.Objects;

/**
 * A failure the CLI itself detects (a local file, a command-line value), with its exit code and the kind printed in
 * JSON output. Failures from providers arrive as {@link dev.imgedit.exception.ImageEditException} instead.
 */
public final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@code error.kind} of an invalid input: the same word core uses for an invalid request. */
    public static final String INVALID_REQUEST = "INVALID_REQUEST";

    /** {@code error.kind} of a failed local read or write. */
    public static final String LOCAL_IO = "LOCAL_IO";

    private final ExitCode exitCode;
    private final String kind;

    private CliException(ExitCode exitCode, String kind, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message is null"), cause);
        this.exitCode = exitCode;
        this.kind = kind;
    }

    /** The input or a value on the command line is wrong: exit 2. */
    public static CliException invalid(String message) {
        return new CliException(ExitCode.USAGE, INVALID_REQUEST, message, null);
    }

    /** A local file could not be read or written: exit 9. */
    public static CliException localIo(String message, Throwable cause) {
        return new CliException(ExitCode.LOCAL_IO, LOCAL_IO, message, cause);
    }

    public static CliException localIo(String message) {
        return new CliException(ExitCode.LOCAL_IO, LOCAL_IO, message, null);
    }

    public ExitCode exitCode() {
        return exitCode;
    }

    public String kind() {
        return kind;
    }
}
