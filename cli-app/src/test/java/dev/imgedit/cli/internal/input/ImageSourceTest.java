package dev.imgedit.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageInput;
import dev.imgedit.cli.internal.CommandContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageSourceTest {
    @TempDir
    Path directory;

    private CommandContext context() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream());
        return new CommandContext(Map.of(), new ByteArrayInputStream(new byte[0]), sink, sink, directory, false, null);
    }

    @ParameterizedTest
    @CsvSource({
        "https://example.com/pictures/cabin.jpg, cabin",
        "https://example.com/pictures/cabin.jpg?size=large, cabin",
        "HTTP://example.com/a%20b.png, a_b",
        "https://example.com/, image",
        "https://example.com, image"
    })
    void namesUrlOutputsAfterTheLastPathSegmentInTheWorkingDirectory(String url, String baseName) {
        ImageSource source = ImageSource.resolve(url, context());

        assertThat(source.input()).isInstanceOf(ImageInput.Url.class);
        assertThat(source.baseName()).isEqualTo(baseName);
        assertThat(source.outputDirectory()).isEqualTo(directory);
        assertThat(source.file()).isNull();
    }

    @Test
    void keepsInnerDotsOfAFileName() {
        assertThat(ImageSource.withoutExtension("holiday.final.jpg")).isEqualTo("holiday.final");
        assertThat(ImageSource.withoutExtension(".png")).isEqualTo(".png");
        assertThat(ImageSource.withoutExtension("scan")).isEqualTo("scan");
    }
}
