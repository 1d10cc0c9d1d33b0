package dev.imgedit.modelslab.faults;

import dev.imgedit.exception.ErrorKind;
import org.jspecify.annotations.Nullable;

/**
 * The exit code docs/cli.md gives each error kind ("Errors and exit codes"); 0 for success. The one copy of that table
 * in code besides the CLI's own mapping: the fault matrix needs it here, where nothing may depend on the CLI, and
 * cli-app's {@code ExitCodeMapperTest} checks the CLI against it for every kind.
 */
public final class ExitCodes {
    private ExitCodes() {}

    public static int of(@Nullable ErrorKind kind) {
        if (kind == null) {
            return 0;
        }
        return switch (kind) {
            case INVALID_REQUEST, UNSUPPORTED_FEATURE, JOB_NOT_FOUND -> 2;
            // An unknown provider id; with no provider installed at all the CLI exits 8 instead.
            case PROVIDER_NOT_FOUND -> 2;
            case AUTHENTICATION -> 3;
            case RATE_LIMITED -> 4;
            case INSUFFICIENT_CREDITS -> 5;
            case CONTENT_REJECTED -> 6;
            case TIMED_OUT -> 7;
            case JOB_FAILED, PROVIDER_UNAVAILABLE, OUTCOME_UNKNOWN -> 8;
        };
    }
}
