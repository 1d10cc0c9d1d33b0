package dev.imgedit.cli.internal.edit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.jobs.EditJournal;
import dev.imgedit.cli.internal.output.TemporaryFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ctrl-C cannot be pressed in a test, so the hook's work is run directly. */
class InterruptGuardTest {
    @TempDir
    Path directory;

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private CommandContext context() {
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        return new CommandContext(Map.of(), new ByteArrayInputStream(new byte[0]), System.out, errStream, directory,
                false, null);
    }

    /** The guard over an edit that is not journaled (no state folder in this environment). */
    private InterruptGuard install(JobTracker tracker, TemporaryFiles temporaryFiles) {
        CommandContext context = context();
        return InterruptGuard.install(context, tracker, temporaryFiles, EditJournal.start(context));
    }

    @Test
    void onInterruptPrintsTheFetchCommandAndDeletesTemporaryFiles() throws IOException {
        TemporaryFiles temporaryFiles = new TemporaryFiles();
        Path temporary = temporaryFiles.createFor(directory, "photo.edited.png");
        JobTracker tracker = new JobTracker();
        tracker.submitted("job-7", new ResumeCommand("job-7", "fake", "photo.edited.png", null, null, null));

        try (InterruptGuard guard = install(tracker, temporaryFiles)) {
            guard.onShutdown();
        }

        assertThat(temporary).doesNotExist();
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("imgedit: interrupted; job job-7 goes on at the provider, get its result with: "
                        + "imgedit fetch job-7 --provider fake -o photo.edited.png");
    }

    @Test
    void anInterruptedSubmitIsSaidToMayHaveBeenAccepted() {
        JobTracker tracker = new JobTracker();
        tracker.provider("modelslab");
        tracker.submitting();

        try (InterruptGuard guard = install(tracker, new TemporaryFiles())) {
            guard.onShutdown();
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("imgedit: interrupted while submitting: the "
                + "provider may have accepted (and charged) the edit");
    }

    @Test
    void anInterruptedSubmitNamesItsTrackIdAndJournalId() {
        JobTracker tracker = new JobTracker();
        tracker.provider("modelslab");
        tracker.planned("k3x9", "imgedit-k3x9-7f2a");
        tracker.submitting();

        try (InterruptGuard guard = install(tracker, new TemporaryFiles())) {
            guard.onShutdown();
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("imgedit: interrupted while submitting: the "
                + "provider may have accepted (and charged) the edit under track id imgedit-k3x9-7f2a, journaled as "
                + "job k3x9 (see 'imgedit jobs show k3x9')");
    }

    @Test
    void anInterruptBeforeThePlannedSubmitSaysNothingWasSubmittedAndNoSubmitGoesOutAfterIt() {
        JobTracker tracker = new JobTracker();
        tracker.provider("modelslab");
        tracker.planned("k3x9", "imgedit-k3x9-7f2a");

        try (InterruptGuard guard = install(tracker, new TemporaryFiles())) {
            guard.onShutdown();
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo(System.lineSeparator()
                + "imgedit: interrupted: nothing was submitted" + System.lineSeparator());
        assertThat(tracker.submitting()).as("a submit after the notice must not go out").isFalse();
    }

    @Test
    void anInterruptWhileWaitingOutARateLimitSaysNothingWasSubmitted() {
        JobTracker tracker = new JobTracker();
        tracker.provider("modelslab");
        tracker.submitting();
        tracker.waitingToSubmit(java.time.Duration.ofSeconds(30));

        try (InterruptGuard guard = install(tracker, new TemporaryFiles())) {
            guard.onShutdown();
        }

        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("imgedit: interrupted while waiting 30 s to try again: nothing was submitted")
                .doesNotContain("may have accepted");
    }

    @Test
    void saysNothingWhenInterruptedBeforeSubmitting() {
        try (InterruptGuard guard = install(new JobTracker(), new TemporaryFiles())) {
            guard.onShutdown();
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void saysNothingOnceTheResultIsWritten() {
        JobTracker tracker = new JobTracker();
        tracker.submitted("job-8", new ResumeCommand("job-8", "fake", null, null, null, null));
        tracker.finished();

        try (InterruptGuard guard = install(tracker, new TemporaryFiles())) {
            guard.onShutdown();
        }

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void noTemporaryFileIsCreatedOnceShuttingDown() {
        TemporaryFiles temporaryFiles = new TemporaryFiles();
        temporaryFiles.deleteAll();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> temporaryFiles.createFor(directory, "late.png"))
                .isInstanceOf(IOException.class);
        assertThat(directory).isEmptyDirectory();
    }
}
