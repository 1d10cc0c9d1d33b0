package dev.imgedit.cli.internal.doctor;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the user's job journal is, for {@code imgedit doctor}: the batch module's own rule in the CLI
 * ({@code JobHistory::defaultLocation}), anything else in a test.
 */
@FunctionalInterface
public interface JournalLocation {
    /** The journal file or folder for this environment, or null when none is kept. */
    @Nullable Path find(Map<String, String> environment);
}
