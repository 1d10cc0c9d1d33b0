package dev.imgedit.cli.internal.doctor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** The checks about this machine rather than a provider: the Java running imgedit, the output folder, the journal. */
final class SystemChecks {
    static final int MINIMUM_JAVA = 17;

    private SystemChecks() {}

    static Finding java() {
        int feature = Runtime.version().feature();
        String detail = System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ") at "
                + System.getProperty("java.home");
        return feature >= MINIMUM_JAVA ? Finding.ok("java", detail)
                : Finding.fail("java", detail + ": imgedit needs Java " + MINIMUM_JAVA + " or newer; set JAVA_HOME");
    }

    /**
     * Whether a file can be created in {@code folder}: tried with a hidden file, created and deleted at once, because
     * permission bits do not say (not for root, nor on a read-only file system).
     *
     * @param source what chose the folder, such as {@code the current directory}
     */
    static Finding outputFolder(Path folder, String source) {
        String subject = "output folder";
        if (!Files.isDirectory(folder)) {
            return Finding.fail(subject, folder + " (" + source + ") does not exist: create it, or choose another "
                    + "with --output-dir or the config file's output-dir");
        }
        try {
            Files.delete(Files.createTempFile(folder, ".imgedit-doctor-", ".tmp"));
            return Finding.ok(subject, folder + " (" + source + ") is writable");
        } catch (IOException e) {
            return Finding.fail(subject, "cannot create files in " + folder + " (" + source + "): choose another "
                    + "with --output-dir or -o");
        }
    }

    /**
     * The seam for the batch journal: {@code journal} is where the batch module keeps it, or null while no module
     * does (then there is nothing to check yet).
     */
    static Finding journal(@Nullable Path journal) {
        if (journal == null || !Files.exists(journal)) {
            return Finding.skip("journal", "no journal yet (one is kept once batch jobs have run)");
        }
        return Files.isReadable(journal) ? Finding.ok("journal", journal + " is readable")
                : Finding.fail("journal", journal + " cannot be read: check its owner and permissions");
    }
}
