package dev.imgedit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.testing.Images;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImageSizeTest {

    @Test
    void pngAndJpegSizesComeFromTheirHeaders() {
        assertThat(ImageSize.read(ImageBytes.adopt(Images.png(321, 123)), ImageType.PNG))
                .contains(new ImageSize(321, 123));
        assertThat(ImageSize.read(ImageBytes.adopt(Images.jpeg(200, 77)), ImageType.JPEG))
                .contains(new ImageSize(200, 77));
    }

    @Test
    void lossyWebpSizeIsRead() {
        byte[] webp = riff("VP8 ");
        webp[23] = (byte) 0x9D;
        webp[24] = 0x01;
        webp[25] = 0x2A;
        webp[26] = (byte) (1024 & 0xFF);
        webp[27] = (byte) (1024 >> 8);
        webp[28] = (byte) (576 & 0xFF);
        webp[29] = (byte) (576 >> 8);

        assertThat(ImageSize.read(ImageBytes.adopt(webp), ImageType.WEBP)).contains(new ImageSize(1024, 576));
    }

    @Test
    void losslessWebpSizeIsRead() {
        byte[] webp = riff("VP8L");
        webp[20] = 0x2F;
        long bits = (1000 - 1) | ((long) (750 - 1) << 14);
        for (int i = 0; i < 4; i++) {
            webp[21 + i] = (byte) (bits >> (8 * i));
        }

        assertThat(ImageSize.read(ImageBytes.adopt(webp), ImageType.WEBP)).contains(new ImageSize(1000, 750));
    }

    @Test
    void extendedWebpSizeIsRead() {
        byte[] webp = riff("VP8X");
        int width = 2048 - 1;
        int height = 877 - 1;
        for (int i = 0; i < 3; i++) {
            webp[24 + i] = (byte) (width >> (8 * i));
            webp[27 + i] = (byte) (height >> (8 * i));
        }

        assertThat(ImageSize.read(ImageBytes.adopt(webp), ImageType.WEBP)).contains(new ImageSize(2048, 877));
    }

    @Test
    void aTruncatedHeaderHasNoSize() {
        assertThat(ImageSize.read(ImageBytes.adopt(pngSignatureFollowedByZeros()), ImageType.PNG)).isEmpty();
        assertThat(ImageSize.read(ImageBytes.adopt(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}), ImageType.JPEG)).isEmpty();
        assertThat(ImageSize.read(ImageBytes.adopt(riff("VP8Z")), ImageType.WEBP)).isEmpty();
    }

    private static byte[] riff(String chunk) {
        byte[] bytes = new byte[40];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("WEBP".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 4);
        System.arraycopy(chunk.getBytes(StandardCharsets.US_ASCII), 0, bytes, 12, 4);
        return bytes;
    }

    private static byte[] pngSignatureFollowedByZeros() {
        byte[] bytes = new byte[30];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, bytes, 0, 8);
        return bytes;
    }
}
