package dev.imgedit.fake.internal.store;

import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.fake.FakeSettings;
import java.io.IOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileLockInterruptionException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import org.jspecify.annotations.Nullable;

/** The exceptions a {@link DirectoryJobStore} throws, each saying where the jobs are and what to do next. */
final class DirectoryStoreFailures {
    private final String where;
    private final DirectoryJobStore.Limits limits;

    DirectoryStoreFailures(String where, DirectoryJobStore.Limits limits) {
        this.where = where;
        this.limits = limits;
    }

    /**
     * Does {@code work} on the files of the job {@code id}: a missing file means the job is gone, any other failure
     * that the storage is unavailable, for {@code failing} (such as "could not read job") that job.
     */
    <T> T onJobFiles(String id, String failing, FileWork<T> work) {
        try {
            return work.run();
        } catch (NoSuchFileException e) {
            throw notFound(id);
        } catch (IOException e) {
            throw unavailable(failing + " " + id, e, id, "try again later");
        }
    }

    JobNotFoundException notFound(String id) {
        return new JobNotFoundException("no fake job " + id + " " + where + ": it was submitted with another "
                + FakeSettings.JOB_DIRECTORY + ", or has expired (the fake keeps jobs for "
                + limits.maxAge().toHours() + " h, the newest " + limits.maxJobs() + " at most)", id, null);
    }

    JobFailedException damaged(String id, @Nullable String detail) {
        return new JobFailedException("fake job " + id + " " + where + " is damaged (" + detail + "): submit the "
                + "edit again", id, null);
    }

    /** The storage failed while the fake {@code what} (such as "could not keep the job") where the jobs are. */
    ProviderUnavailableException unavailable(String what, IOException failure, @Nullable String jobId, String next) {
        return new ProviderUnavailableException("the fake provider " + what + " " + where + " (" + reason(failure)
                + "): " + next, jobId, failure);
    }

    /** The store's directory cannot be used at all. */
    ProviderUnavailableException refused(String refusal) {
        return new ProviderUnavailableException("the fake provider cannot keep its jobs " + where + ": " + refusal
                + "; set " + FakeSettings.JOB_DIRECTORY + " to a directory of your own, or to " + FakeSettings.MEMORY);
    }

    /** An I/O failure in words, without exception class names. */
    private static String reason(IOException failure) {
        if (failure instanceof ClosedByInterruptException || failure instanceof FileLockInterruptionException) {
            return "interrupted";
        }
        if (failure instanceof AccessDeniedException denied) {
            return "permission denied: " + denied.getFile();
        }
        if (failure instanceof NoSuchFileException missing) {
            return "no such file or directory: " + missing.getFile();
        }
        if (failure instanceof FileAlreadyExistsException exists) {
            return "already exists: " + exists.getFile();
        }
        if (failure instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
            return fileSystem.getReason() + (fileSystem.getFile() == null ? "" : ": " + fileSystem.getFile());
        }
        return failure.getMessage() == null ? "I/O error" : failure.getMessage();
    }
}
