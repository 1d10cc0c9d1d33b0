package dev.imgedit.cli.internal.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.ImageType;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.ExitCode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputPlanTest {
    @TempDir
    Path directory;

    private CommandContext context() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return new CommandContext(Map.of(), new ByteArrayInputStream(new byte[0]), sink, sink, directory, false, null);
    }

    @Test
    void namesDefaultOutputsAfterTheInputAndNumbersTheRest() {
        OutputPlan plan = new OutputPlan(null, directory, "photo", null, false, null, false);

        assertThat(plan.pathFor(0, ImageType.PNG)).isEqualTo(directory.resolve("photo.edited.png"));
        assertThat(plan.pathFor(1, ImageType.PNG)).isEqualTo(directory.resolve("photo.edited-2.png"));
        assertThat(plan.pathFor(2, ImageType.JPEG)).isEqualTo(directory.resolve("photo.edited-3.jpg"));
    }

    @Test
    void numbersFurtherOutputsOfAnExplicitPathBeforeItsExtension() {
        OutputPlan plan = new OutputPlan(directory.resolve("out.png"), directory, "photo", null, false, null, false);

        assertThat(plan.pathFor(0, ImageType.PNG)).isEqualTo(directory.resolve("out.png"));
        assertThat(plan.pathFor(1, ImageType.PNG)).isEqualTo(directory.resolve("out-2.png"));
        assertThat(new OutputPlan(directory.resolve("out"), directory, "photo", null, false, null, false)
                .pathFor(1, ImageType.PNG)).isEqualTo(directory.resolve("out-2"));
    }

    @Test
    void refusesAnExistingFileUnlessForced() throws IOException {
        Path existing = Files.writeString(directory.resolve("photo.edited.png"), "old");

        assertThatThrownBy(() -> new OutputPlan(null, directory, "photo", null, false, null, false).check(existing, context()))
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.USAGE))
                .hasMessageContaining("--force");
        new OutputPlan(null, directory, "photo", null, true, null, false).check(existing, context());
    }

    @Test
    void refusesAMissingDirectoryAsALocalIoError() {
        Path target = directory.resolve("missing/out.png");

        assertThatThrownBy(() -> new OutputPlan(target, directory, "photo", null, false, null, false).check(target, context()))
                .isInstanceOfSatisfying(CliException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.LOCAL_IO))
                .hasMessageContaining("'missing' does not exist");
    }
}
