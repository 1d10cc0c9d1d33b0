package dev.imgedit.cli.internal.doctor;

import java.util.Locale;
import java.util.Objects;

/**
 * One line of {@code imgedit doctor}.
 *
 * @param status how it went; only {@link Status#FAIL} fails the verdict
 * @param subject what was checked, such as {@code java} or {@code provider modelslab}
 * @param detail what was found, and the fix when it failed
 */
public record Finding(Status status, String subject, String detail) {

    /** How a check went. */
    public enum Status {
        OK,
        /** Something to know that needs no fix, such as a provider that is installed but not configured. */
        NOTE,
        /** Not checked, and why (offline, nothing to check yet). */
        SKIP,
        FAIL
    }

    public Finding {
        Objects.requireNonNull(status, "status is null");
        Objects.requireNonNull(subject, "subject is null");
        Objects.requireNonNull(detail, "detail is null");
    }

    public static Finding ok(String subject, String detail) {
        return new Finding(Status.OK, subject, detail);
    }

    public static Finding note(String subject, String detail) {
        return new Finding(Status.NOTE, subject, detail);
    }

    public static Finding skip(String subject, String detail) {
        return new Finding(Status.SKIP, subject, detail);
    }

    public static Finding fail(String subject, String detail) {
        return new Finding(Status.FAIL, subject, detail);
    }

    /** {@code ok    java: 17.0.15 (Debian)} */
    public String line() {
        return String.format(Locale.ROOT, "%-5s %s: %s", status.name().toLowerCase(Locale.ROOT), subject, detail);
    }
}
