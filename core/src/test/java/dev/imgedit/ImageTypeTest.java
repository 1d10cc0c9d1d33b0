package dev.imgedit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.testing.Images;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageTypeTest {
    @Test
    void detectsEachFormatByItsSignature() {
        assertThat(ImageType.detect(Images.png(2, 2))).contains(ImageType.PNG);
        assertThat(ImageType.detect(Images.jpeg(2, 2))).contains(ImageType.JPEG);
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(ImageType.detect(webp)).contains(ImageType.WEBP);
    }

    @Test
    void detectsNothingInTextOrShortInput() {
        assertThat(ImageType.detect("<html>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageType.detect(new byte[] {(byte) 0x89, 'P'})).isEmpty();
        assertThat(ImageType.detect(new byte[0])).isEmpty();
        assertThat(ImageType.detect("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    @Test
    void mapsMimeTypesWithParametersAndTheCommonJpgMisspelling() {
        assertThat(ImageType.fromMimeType("image/png; charset=binary")).contains(ImageType.PNG);
        assertThat(ImageType.fromMimeType("image/jpg")).contains(ImageType.JPEG);
        assertThat(ImageType.fromMimeType("text/html")).isEmpty();
    }
}
