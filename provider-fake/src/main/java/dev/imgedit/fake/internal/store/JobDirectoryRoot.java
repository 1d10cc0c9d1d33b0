package dev.imgedit.fake.internal.store;

import dev.imgedit.fake.FakeSettings;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directory a {@link DirectoryJobStore} keeps its jobs in, checked once: where POSIX permissions exist, the
 * directories it creates are {@code rwx------}, and it refuses a directory that belongs to another user: in a shared
 * temporary directory, another user could otherwise plant one to read or forge jobs.
 */
final class JobDirectoryRoot {
    private static final Logger LOGGER = LoggerFactory.getLogger(JobDirectoryRoot.class);
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private final Path root;
    private final DirectoryStoreFailures failures;
    private final Object check = new Object();
    private volatile boolean checked;

    JobDirectoryRoot(Path root, DirectoryStoreFailures failures) {
        this.root = root;
        this.failures = failures;
    }

    /**
     * Checks the directory once: that it is a directory and belongs to this user, creating it (and its parents) when
     * {@code create} says so.
     *
     * @return false when it does not exist and was not to be created
     */
    boolean prepare(boolean create) {
        if (checked) {
            return true;
        }
        synchronized (check) {
            if (checked) {
                return true;
            }
            try {
                if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                    if (!create) {
                        return false;
                    }
                    create();
                }
                String refusal = refusal();
                if (refusal != null) {
                    throw failures.refused(refusal);
                }
                checked = true;
                return true;
            } catch (IOException e) {
                throw failures.unavailable("cannot keep its jobs", e, null,
                        "set " + FakeSettings.JOB_DIRECTORY + " to a directory it can write, or to "
                                + FakeSettings.MEMORY);
            }
        }
    }

    /** Creates {@code directory}, in the root, for this user alone where permissions allow. */
    void createPrivateDirectory(Path directory) throws IOException {
        if (posix()) {
            Files.createDirectory(directory, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        } else {
            Files.createDirectory(directory);
        }
    }

    private void create() throws IOException {
        Path parent = root.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try {
            createPrivateDirectory(root);
            LOGGER.debug("Created the fake's job directory {}", root);
        } catch (FileAlreadyExistsException e) {
            // Another process made it first: checked like any existing directory.
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
}
