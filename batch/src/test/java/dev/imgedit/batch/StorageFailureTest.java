package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageEditProvider;
import dev.imgedit.batch.fixtures.ChildJvm;
import dev.imgedit.batch.fixtures.JournalFiles;
import dev.imgedit.batch.fixtures.ModelsLabFixture;
import dev.imgedit.batch.fixtures.Pictures;
import dev.imgedit.batch.fixtures.PrivateMounts;
import dev.imgedit.modelslab.testserver.JobScript;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.modelslab.testserver.Output;
import dev.imgedit.testkit.TestImages;
import dev.imgedit.testkit.http.RecordedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and a read-only output folder, for real: the batch runs in a child JVM with a tiny file system, or a
 * read-only one, mounted over its output folder in a mount namespace of its own. It stops with one clear line, its
 * journal and lock come through intact, and a rerun with room to write finishes without paying twice.
 */
class StorageFailureTest {
    @TempDir
    Path temporary;

    private Path photos;
    private Path out;

    @BeforeEach
    void needsPrivateMounts() throws Exception {
        Assumptions.assumeTrue(PrivateMounts.available(), PrivateMounts::whyNot);
        photos = temporary.resolve("photos");
        out = Files.createDirectories(temporary.resolve("out"));
    }

    private static final String READ_ONLY = "mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && shift "
            + "&& exec \"$@\"";

    /**
     * Mounts a small file system over the output folder, starts the batch, and fills the file system to the last
     * byte when the test creates the trigger file; afterwards saves what the folder holds, which the namespace takes
     * with it when it ends.
     */
    private static final String FULL_DISK = "out=$1; saved=$2; trigger=$3; shift 3; "
            + "mount -t tmpfs -o size=2m tmpfs \"$out\" || exit 90; "
            + "\"$@\" & child=$!; "
            + "while [ ! -e \"$trigger\" ] && kill -0 $child 2>/dev/null; do sleep 0.02; done; "
            + "dd if=/dev/zero of=\"$out/.filler\" bs=4096 2>/dev/null; "
            + "wait $child; code=$?; rm -f \"$out/.filler\"; cp -a \"$out/.\" \"$saved/\"; exit $code";

    @Test
    void aReadOnlyOutputFolderStopsTheBatchBeforeAnySubmitAndKeepsWhatAnEarlierRunDid() throws Exception {
        Pictures.folder(photos, 4);
        try (ModelsLabTestServer server = ModelsLabTestServer.start()) {
            server.defaultScript(ModelsLabFixture.queuedJob(1));
            assertThat(run(server, out, false).allDone()).isTrue();
            Pictures.write(photos.resolve("new-1.png"), TestImages.png(70, 50));
            Pictures.write(photos.resolve("new-2.png"), TestImages.png(71, 50));

            List<String> command = new ArrayList<>(List.of(out.toString()));
            command.addAll(withJava(out.toString(), false));
            Process child = ChildJvm.start(PrivateMounts.shell(READ_ONLY, command),
                    ModelsLabFixture.settings(server), temporary.resolve("ro.out"), temporary.resolve("ro.err"));
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

            String error = Files.readString(temporary.resolve("ro.err")).strip();
            assertThat(child.exitValue()).as(error).isEqualTo(4);
            assertThat(error).isEqualTo("cannot open the lock file '" + out.resolve(".imgedit/lock")
                    + "': Read-only file system; choose a folder you can write to, or make this one writable");
            assertThat(server.submitCount()).isEqualTo(4);
            assertThat(JournalFiles.integrity(out)).isEqualTo("ok");

            BatchSummary rerun = run(server, out, false);
            assertThat(rerun.done()).isEqualTo(2);
            assertThat(rerun.skipped()).isEqualTo(4);
            assertThat(server.submitCount()).isEqualTo(6);
        }
    }

    @Test
    void aFullDiskStopsSubmittingWithAClearReasonAndARerunWithRoomFinishesWithoutPayingTwice() throws Exception {
        Pictures.folder(photos, 20);
        Path saved = Files.createDirectories(temporary.resolve("saved"));
        try (ModelsLabTestServer server = ModelsLabTestServer.start()) {
            server.defaultScript(JobScript.processingWithFutureLinksOnly(1).withOutput(Output.png()));
            Path trigger = temporary.resolve("fill-the-disk-now");
            List<String> command = new ArrayList<>(List.of(out.toString(), saved.toString(), trigger.toString()));
            command.addAll(withJava(out.toString(), false));
            Process child = ChildJvm.start(PrivateMounts.shell(FULL_DISK, command), ModelsLabFixture.settings(server),
                    temporary.resolve("full.out"), temporary.resolve("full.err"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (server.submitCount() < 6 && child.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            Files.createFile(trigger);
            assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();

            String printed = Files.readString(temporary.resolve("full.out"))
                    + Files.readString(temporary.resolve("full.err"));
            assertThat(printed).as("the run says why it stopped, and what to do")
                    .containsPattern("stopped: cannot (write|record).*(No space left on device|the disk is full); "
                            + "free some space and run the batch again: what was done is kept in its journal");
            assertThat(JournalFiles.integrity(saved)).isEqualTo("ok");
            List<RecordedRequest> firstSubmits = server.submits();
            assertThat(firstSubmits.size()).as("submits before the disk filled").isLessThan(20);

            BatchSummary rerun = run(server, saved, false);
            int unknown = rerun.outcomeUnknown().size();
            assertThat(rerun.done() + rerun.skipped() + unknown).isEqualTo(20);
            BatchSummary resubmitted = run(server, saved, true);
            assertThat(resubmitted.allDone()).isTrue();
            assertThat(server.submitCount()).as("one submit per item, and one more for each of the %d reported as "
                    + "outcome unknown", unknown).isBetween(20L, 20L + unknown);
            try (Stream<Path> files = Files.walk(saved)) {
                assertThat(files.map(Path::toString)).noneMatch(name -> name.endsWith(".imgedit-tmp"));
            }
            assertThat(Files.readString(saved.resolve("index.html"))).contains("20 items: 20 done");
        }
    }

    private List<String> withJava(String outFolder, boolean resubmit) {
        return ChildJvm.command(BatchInChildJvm.class, List.of(photos.toString(), outFolder,
                Boolean.toString(resubmit)));
    }

    private BatchSummary run(ModelsLabTestServer server, Path folder, boolean resubmit) {
        try (ImageEditProvider provider = ModelsLabFixture.open(server);
                Batch batch = Batch.open(provider, BatchOptions.builder(folder).concurrency(3)
                        .resubmitUnknown(resubmit).build())) {
            return batch.run(BatchItems.fromDirectory(photos, null, "make it snow"), BatchListener.NONE);
        }
    }
}
