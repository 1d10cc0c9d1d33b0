package dev.imgedit.cli.internal;

import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.ProviderNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.ParameterException;

/** The one place that turns a failure into an exit code, a kind for JSON output and a one-line message. */
public final class ExitCodeMapper {
    /** {@code error.kind} of a picocli parse error. */
    public static final String USAGE_KIND = "USAGE";

    /** {@code error.kind} of a bug in imgedit or a provider. */
    public static final String INTERNAL_KIND = "INTERNAL_ERROR";

    private ExitCodeMapper() {}

    public static ExitCode exitCode(Throwable failure) {
        if (failure instanceof ImageEditException imageEditException) {
            return exitCode(imageEditException);
        }
        if (failure instanceof CliException cliException) {
            return cliException.exitCode();
        }
        if (failure instanceof ParameterException) {
            return ExitCode.USAGE;
        }
        if (failure instanceof UncheckedIOException || failure instanceof IOException) {
            return ExitCode.LOCAL_IO;
        }
        return ExitCode.INTERNAL_ERROR;
    }

    private static ExitCode exitCode(ImageEditException failure) {
        return switch (failure.kind()) {
            case INVALID_REQUEST, UNSUPPORTED_FEATURE, JOB_NOT_FOUND -> ExitCode.USAGE;
            // An unknown id is a typo; no provider at all is a broken installation.
            case PROVIDER_NOT_FOUND -> failure instanceof ProviderNotFoundException notFound
                    && notFound.installed().isEmpty() ? ExitCode.PROVIDER_FAILED : ExitCode.USAGE;
            case AUTHENTICATION -> ExitCode.AUTHENTICATION;
            case RATE_LIMITED -> ExitCode.RATE_LIMITED;
            case INSUFFICIENT_CREDITS -> ExitCode.INSUFFICIENT_CREDITS;
            case CONTENT_REJECTED -> ExitCode.CONTENT_REJECTED;
            case TIMED_OUT -> ExitCode.TIMED_OUT;
            case JOB_FAILED, PROVIDER_UNAVAILABLE, OUTCOME_UNKNOWN -> ExitCode.PROVIDER_FAILED;
        };
    }

    /** The word for {@code error.kind}: core's {@link dev.imgedit.exception.ErrorKind} name where there is one. */
    public static String kind(Throwable failure) {
        if (failure instanceof ImageEditException imageEditException) {
            return imageEditException.kind().name();
        }
        if (failure instanceof CliException cliException) {
            return cliException.kind();
        }
        return switch (exitCode(failure)) {
            case USAGE -> USAGE_KIND;
            case LOCAL_IO -> CliException.LOCAL_IO;
            default -> INTERNAL_KIND;
        };
    }

    /**
     * One line, without a stack trace. Core's and the CLI's messages are written for users and hold no secret; an
     * unexpected exception's message might (a library echoing a request), so only its type is shown.
     */
    public static String message(Throwable failure) {
        if (exitCode(failure) == ExitCode.INTERNAL_ERROR) {
            return "internal error (" + failure.getClass().getName() + "): run with --debug to see the details";
        }
        String message = failure.getMessage();
        return message == null ? failure.getClass().getSimpleName() : oneLine(message);
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
