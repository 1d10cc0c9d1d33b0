package dev.imgedit.batch.internal.journal;

import dev.imgedit.batch.BatchStorageException;
import dev.imgedit.batch.BatchStorageException.Problem;
import dev.imgedit.batch.internal.StorageFailures;
import java.sql.SQLException;

/** SQLite's result codes (the low byte of the vendor code) as the problems a caller can act on. */
final class SqliteFailures {
    private static final int BUSY = 5;
    private static final int READ_ONLY = 8;
    private static final int IO_ERROR = 10;
    private static final int CORRUPT = 11;
    private static final int FULL = 13;
    private static final int CANNOT_OPEN = 14;
    private static final int NOT_A_DATABASE = 26;

    private SqliteFailures() {}

    static BatchStorageException of(String doing, SQLException failure) {
        int code = failure.getErrorCode() & 0xFF;
        Problem problem = switch (code) {
            case FULL -> Problem.NO_SPACE;
            case READ_ONLY, CANNOT_OPEN -> Problem.READ_ONLY;
            case CORRUPT, NOT_A_DATABASE -> Problem.UNREADABLE;
            default -> Problem.IO;
        };
        String what = switch (code) {
            case FULL -> "the disk is full";
            case READ_ONLY -> "it is read-only";
            case CANNOT_OPEN -> "the file cannot be opened or created there";
            case CORRUPT, NOT_A_DATABASE -> "it is not an intact imgedit journal; move it away to start afresh";
            case BUSY -> "another process kept it locked for over "
                    + JournalConnection.BUSY_TIMEOUT_MILLIS / 1000 + " s; try again when it is done";
            case IO_ERROR -> "the disk reported an error";
            default -> "SQLite error " + code;
        };
        String advice = code == CANNOT_OPEN ? StorageFailures.advice(Problem.READ_ONLY)
                : StorageFailures.advice(problem);
        return new BatchStorageException(problem, doing + ": " + what + advice, failure);
    }
}
