package dev.imgedit.batch.internal.journal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * Writes the SQLite driver's native library for this machine into a folder, under the driver's own name for it, so
 * that a launcher can name the folder in {@code org.sqlite.lib.path}. The driver then loads the library as it is;
 * without it, it writes the library to the temporary folder under a new name on every start, reads it back byte by
 * byte to compare, and starts a process to learn whether it runs on Android: a sixth to an eighth of a cold edit's
 * CPU (docs/performance.md). A folder without the library, or with one that cannot be loaded, only costs that again:
 * the driver falls back to extracting it.
 *
 * <p>Run once, where the launcher builds its class-data archive: {@code java -cp 'lib/*'
 * dev.imgedit.batch.internal.journal.NativeLibraryCopy FOLDER}. Exit status 0 when the library was written (whole,
 * or not at all), 1 when it could not be, 2 for a wrong command line.
 */
public final class NativeLibraryCopy {
    private NativeLibraryCopy() {}

    public static void main(String[] args) {
        if (args.length != 1) {
            System.exit(2);
        }
        System.exit(copyInto(Path.of(args[0]).toAbsolutePath()) ? 0 : 1);
    }

    static boolean copyInto(Path folder) {
        String name = LibraryLoaderUtil.getNativeLibName();
        String resource = LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name;
        try (InputStream library = SQLiteJDBCLoader.class.getResourceAsStream(resource)) {
            if (library == null) {
                return false;
            }
            Files.createDirectories(folder);
            Path partial = Files.createTempFile(folder, ".partial-", ".tmp");
            try {
                Files.copy(library, partial, StandardCopyOption.REPLACE_EXISTING);
                Files.move(partial, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
