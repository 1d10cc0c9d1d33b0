package dev.imgedit.cli.internal.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.EditedImage;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    @TempDir
    Path directory;

    private final TemporaryFiles temporaryFiles = new TemporaryFiles();

    private OutputWriter writer() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return new OutputWriter(new CommandContext(Map.of(), new ByteArrayInputStream(new byte[0]), sink, sink,
                directory, false, null), temporaryFiles);
    }

    private static EditedImage image(int marker) {
        byte[] bytes = new byte[16];
        System.arraycopy(PNG_SIGNATURE, 0, bytes, 0, PNG_SIGNATURE.length);
        bytes[15] = (byte) marker;
        return new EditedImage(null, ImageType.PNG, ImageBytes.adopt(bytes), 4, 4);
    }

    private List<String> fileNames() throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesEveryOutputUnderItsNumberedName() throws IOException {
        List<WrittenImage> written = writer().writeAll(new OutputPlan(null, directory, "photo", null, false, null, false),
                List.of(image(1), image(2)));

        assertThat(written).extracting(WrittenImage::path)
                .containsExactly(directory.resolve("photo.edited.png"), directory.resolve("photo.edited-2.png"));
        assertThat(Files.readAllBytes(directory.resolve("photo.edited-2.png"))[15]).isEqualTo((byte) 2);
        assertThat(fileNames()).containsExactly("photo.edited-2.png", "photo.edited.png");
    }

    @Test
    void writesNothingWhenAnyTargetIsRefused() throws IOException {
        Files.writeString(directory.resolve("photo.edited-2.png"), "taken");

        assertThatThrownBy(() -> writer().writeAll(new OutputPlan(null, directory, "photo", null, false, null, false),
                List.of(image(1), image(2))))
                .isInstanceOf(CliException.class)
                .hasMessageContaining("photo.edited-2.png' already exists");
        assertThat(fileNames()).containsExactly("photo.edited-2.png");
    }
}
