package dev.imgedit.cli.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageType;
import dev.imgedit.testkit.TestImages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;

class ImageIntegrityTest {
    /** A 1x1 lossless WebP, the smallest real one. */
    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    @Test
    void wholeImagesPass() throws IOException {
        assertThat(ImageIntegrity.problem(TestImages.png(64, 48), ImageType.PNG)).isEmpty();
        assertThat(ImageIntegrity.problem(TestImages.jpeg(64, 48), ImageType.JPEG)).isEmpty();
        assertThat(ImageIntegrity.problem(progressiveJpeg(), ImageType.JPEG)).isEmpty();
        assertThat(ImageIntegrity.problem(WEBP, ImageType.WEBP)).isEmpty();
    }

    @Test
    void everyPngCutShortIsFound() {
        byte[] png = TestImages.png(24, 16);
        for (int length = 8; length < png.length; length++) {
            assertThat(ImageIntegrity.problem(Arrays.copyOf(png, length), ImageType.PNG)).as("cut at %d", length)
                    .isPresent();
        }
    }

    @Test
    void everyJpegCutShortIsFound() throws IOException {
        for (byte[] jpeg : new byte[][] {TestImages.jpeg(24, 16), progressiveJpeg()}) {
            for (int length = 2; length < jpeg.length; length++) {
                assertThat(ImageIntegrity.problem(Arrays.copyOf(jpeg, length), ImageType.JPEG))
                        .as("cut at %d of %d", length, jpeg.length).isPresent();
            }
        }
    }

    @Test
    void aWebPShorterThanItsHeaderSaysIsFound() {
        assertThat(ImageIntegrity.problem(Arrays.copyOf(WEBP, WEBP.length - 1), ImageType.WEBP)).get().asString()
                .contains("ends after 33 of the 34 bytes its header announces");
    }

    @Test
    void aDamagedPngChecksumIsFound() {
        byte[] png = TestImages.png(24, 16);
        png[png.length - 20] ^= 0x55;

        assertThat(ImageIntegrity.problem(png, ImageType.PNG)).get().asString()
                .contains("the checksum of its 'IDAT' chunk is wrong");
    }

    @Test
    void bytesAfterTheEndOfAJpegAreAllowed() {
        byte[] jpeg = TestImages.jpeg(24, 16);
        byte[] withTrailer = Arrays.copyOf(jpeg, jpeg.length + 5);

        assertThat(ImageIntegrity.problem(withTrailer, ImageType.JPEG)).isEmpty();
    }

    private static byte[] progressiveJpeg() throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            writer.write(null, new IIOImage(TestImages.scene(40, 30), null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
