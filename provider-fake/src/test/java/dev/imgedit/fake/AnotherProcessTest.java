package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.testkit.TestImages;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the CLI's {@code imgedit fetch} relies on: a job submitted by one process, which then exits, is finished by
 * another, with the status checks the first one made counted, and the same image bytes.
 */
class AnotherProcessTest {
    private static final Duration CHILD_LIMIT = Duration.ofSeconds(60);

    @TempDir
    Path temporary;

    @Test
    void aJobSubmittedByAnotherJvmThatHasExitedIsResumedHere() throws Exception {
        Path directory = temporary.resolve("jobs");
        Path photo = temporary.resolve("photo.png");
        Files.write(photo, TestImages.png(120, 80));
        int queueChecks = 5;

        String[] submitted = runJava(SubmitInAnotherJvm.class, directory.toString(), photo.toString(), "make it snow",
                Integer.toString(queueChecks)).strip().split(" ");

        String id = submitted[0];
        int checksThere = Integer.parseInt(submitted[1]);
        assertThat(id).matches("fake-[0-9a-z]{12}-[0-9a-f]{8}");
        assertThat(checksThere).isBetween(1, queueChecks - 1);
        List<JobProgress> steps = new ArrayList<>();
        EditResult result;
        try (ImageEditProvider here = new FakeProviderFactory().create(ProviderConfig.of(Map.of(
                FakeSettings.JOB_DIRECTORY, directory.toString())))) {
            EditJob resumed = here.resume(id);
            result = here.await(resumed, Duration.ofSeconds(10), new EditListener() {
                @Override
                public void onProgress(JobProgress progress) {
                    steps.add(progress);
                }
            });
        }

        int left = queueChecks - checksThere;
        assertThat(steps).extracting(JobProgress::status).hasSize(left + 1).endsWith(JobStatus.SUCCEEDED);
        assertThat(steps.get(0).message()).contains(left + (left == 1 ? " status check " : " status checks "));
        try (ImageEditProvider memory = new FakeProviderFactory().create(FakeSettings.builder().jobsInMemory()
                .build())) {
            EditResult sameEditHere = memory.edit(EditRequest.builder(ImageInput.file(photo), "make it snow").seed(7L)
                    .build(), Duration.ofSeconds(10), EditListener.NONE);
            assertThat(result.image().bytes().toByteArray()).isEqualTo(sameEditHere.image().bytes().toByteArray());
        }
    }

    /** Runs {@code main} of {@code type} in a new JVM with this test's class path; its standard output. */
    private String runJava(Class<?> type, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"),
                type.getName()));
        command.addAll(List.of(args));
        Path out = temporary.resolve("child.out");
        Path err = temporary.resolve("child.err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(isWindows() ? "NUL" : "/dev/null")))
                .start();
        try {
            assertThat(process.waitFor(CHILD_LIMIT.toSeconds(), TimeUnit.SECONDS)).as("the other JVM ended").isTrue();
        } finally {
            process.destroyForcibly();
        }
        String errors = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as("the other JVM's exit code; its standard error:\n%s", errors).isZero();
        return Files.readString(out, StandardCharsets.UTF_8);
    }

    private static boolean isWindows() {
        return System.getProperty("os.name", "").startsWith("Windows");
    }
}
