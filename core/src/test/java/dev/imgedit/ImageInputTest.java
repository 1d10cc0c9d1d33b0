package dev.imgedit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.testing.Images;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageInputTest {
    @TempDir
    Path directory;

    @Test
    void aPngFileIsReadAndRecognisedByItsContent() throws Exception {
        Path file = directory.resolve("picture.jpg");
        Files.write(file, Images.png(10, 10));

        ImageInput.Bytes input = ImageInput.file(file);

        assertThat(input.type()).isEqualTo(ImageType.PNG);
        assertThat(input.toDataUri()).startsWith("data:image/png;base64,iVBOR");
    }

    @Test
    void aTextFileNamedPngIsNotAnImage() throws Exception {
        Path file = directory.resolve("notes.png");
        Files.writeString(file, "just some text", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ImageInput.file(file))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("not a PNG, JPEG or WebP image");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = directory.resolve("missing.png");
        assertThatThrownBy(() -> ImageInput.file(file))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("does not exist")
                .hasMessageContaining("missing.png");
    }

    @Test
    void aDirectoryIsNotAnImage() {
        assertThatThrownBy(() -> ImageInput.file(directory))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("is a directory");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path file = directory.resolve("empty.png");
        Files.createFile(file);
        assertThatThrownBy(() -> ImageInput.file(file))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void onlyHttpAndHttpsUrlsAreAccepted() {
        assertThat(ImageInput.url("https://example.test/a.png").uri().getHost()).isEqualTo("example.test");
        assertThatThrownBy(() -> ImageInput.url("file:///etc/passwd"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("http or https").hasMessageContaining("not file");
        assertThatThrownBy(() -> ImageInput.url("ftp://example.test/a.png"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> ImageInput.url("http://exa mple.test/a.png"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("malformed image URL");
        assertThatThrownBy(() -> ImageInput.url("https:///a.png"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void bytesShowTheirSizeAndTypeButNotTheirContent() {
        ImageInput.Bytes input = ImageInput.bytes(Images.png(4, 4));
        assertThat(input.toString()).contains("image/png").contains("bytes").doesNotContain("iVBOR");
    }

    @Test
    void copiedBytesDoNotChangeWithTheCallersArray() {
        byte[] png = Images.png(4, 4);
        ImageInput.Bytes input = ImageInput.bytes(png);
        png[20] ^= 0x7F;
        assertThat(input.data().toByteArray()[20]).isNotEqualTo(png[20]);
    }
}
