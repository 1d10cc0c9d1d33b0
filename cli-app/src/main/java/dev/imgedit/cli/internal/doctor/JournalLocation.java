package dev.imgedit.cli.internal.doctor;

import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where the batch journal is, for {@code imgedit doctor}: the seam the batch module fills in. Until it lands there is
 * no journal, and the doctor says it has nothing to check.
 */
@FunctionalInterface
public interface JournalLocation {
    /** No journal is kept by any installed module. */
    JournalLocation NONE = environment -> null;

    /** The journal file or folder for this environment, or null when none is kept. */
    @Nullable Path find(Map<String, String> environment);
}
