package dev.imgedit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One row of the bad-input catalogue: a mistake a user can make, how a test makes it, and what imgedit must answer.
 * The rows drive {@link BadInputCatalogueTest} and are printed as the table in docs/reliability.md.
 *
 * @param id a short stable name, used as the test's name and the table's first column
 * @param input the mistake, in words
 * @param setup what the test prepares in the working directory, next to a valid {@code photo.png}
 * @param args the command line, after {@code imgedit}
 * @param exitCode the exit code expected; 0 for a mistake that is only warned about
 * @param message words of the one error (or warning) line that name the problem
 * @param fix words of the same line that tell the user what to do
 * @param requirement what the machine must offer for the case to be made at all
 */
record BadInput(String id, String input, Setup setup, List<String> args, int exitCode, String message, String fix,
        Requirement requirement) {

    BadInput {
        Objects.requireNonNull(id, "id is null");
        args = List.copyOf(args);
    }

    /** Prepares the files a case needs in the test's working directory. */
    @FunctionalInterface
    interface Setup {
        Setup NOTHING = directory -> { };

        void prepare(Path directory) throws Exception;
    }

    /** Whether the case can be made on this machine; when not, the test is skipped and says why. */
    enum Requirement {
        NONE(""),
        /** Root reads and writes whatever the permission bits say. */
        NOT_ROOT("tested only when not run as root"),
        /** Linux's /proc/self/mem: a regular file whose read fails with EIO, even for root. */
        PROC_SELF_MEM("tested on Linux only"),
        /** Linux's /sys: a directory where no file can be created, even by root. */
        SYSFS("tested on Linux only"),
        /** The mkfifo command. */
        MKFIFO("tested where mkfifo exists");

        private final String note;

        Requirement(String note) {
            this.note = note;
        }

        String note() {
            return note;
        }
    }

    BadInput when(Requirement requirement) {
        return new BadInput(id, input, setup, args, exitCode, message, fix, requirement);
    }

    boolean isWarningOnly() {
        return exitCode == 0;
    }

    @Override
    public String toString() {
        return id;
    }
}
