package dev.imgedit.batch.internal;

import dev.imgedit.batch.BatchStorageException;
import dev.imgedit.batch.BatchStorageException.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.Locale;

/** Turns a failed local read or write into a {@link BatchStorageException} whose message says what to do. */
public final class StorageFailures {
    private StorageFailures() {}

    /**
     * @param doing what failed, such as {@code "cannot write 'out/a.png'"}
     */
    public static BatchStorageException of(String doing, IOException failure) {
        Problem problem = problem(failure);
        return new BatchStorageException(problem, doing + ": " + reason(failure) + advice(problem), failure);
    }

    /** Whether the failure would hit any file in the same place: a full disk or a read-only file system. */
    public static boolean affectsEveryFile(IOException failure) {
        Problem problem = problem(failure);
        return problem == Problem.NO_SPACE || (problem == Problem.READ_ONLY && isReadOnlyFileSystem(failure));
    }

    public static Problem problem(IOException failure) {
        String text = describe(failure).toLowerCase(Locale.ROOT);
        if (text.contains("no space left") || text.contains("disk quota") || text.contains("file too large")) {
            return Problem.NO_SPACE;
        }
        if (failure instanceof AccessDeniedException || text.contains("read-only file system")
                || text.contains("permission denied") || text.contains("operation not permitted")) {
            return Problem.READ_ONLY;
        }
        return Problem.IO;
    }

    /** The reason without the file name a {@link FileSystemException} repeats. */
    public static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason();
        }
        return describe(failure);
    }

    public static String advice(Problem problem) {
        return switch (problem) {
            case NO_SPACE -> "; free some space and run the batch again: what was done is kept in its journal";
            case READ_ONLY -> "; choose a folder you can write to, or make this one writable";
            default -> "";
        };
    }

    /** For messages: the path as given, with control characters shown as '?'. */
    public static String shown(Path path) {
        return path.toString().replaceAll("\\p{Cntrl}", "?");
    }

    private static boolean isReadOnlyFileSystem(IOException failure) {
        return describe(failure).toLowerCase(Locale.ROOT).contains("read-only file system");
    }

    private static String describe(IOException failure) {
        String message = failure.getMessage();
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            message = fileSystem.getReason();
        }
        return message == null ? failure.getClass().getSimpleName() : message;
    }
}
