package dev.imgedit.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageType;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.testkit.TaggedImages;
import dev.imgedit.testkit.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageConversionTest {

    @ParameterizedTest(name = "{0} to {1}")
    @CsvSource({"PNG, JPEG", "JPEG, PNG", "WEBP, PNG", "WEBP, JPEG"})
    void everyFormatReadIsWrittenAsEachFormatWrittenAndDecodesBack(ImageType from, ImageType to) {
        ImageBytes source = ImageBytes.adopt(switch (from) {
            case PNG -> TestImages.png(320, 240);
            case JPEG -> TestImages.jpeg(320, 240);
            case WEBP -> Pictures.resource("scene-lossy.webp");
        });

        ImageBytes converted = ImageConversion.convert(source, to);

        assertThat(ImageType.detect(converted.head(12))).contains(to);
        BufferedImage decoded = Pictures.decode(converted);
        assertThat(decoded.getWidth()).isEqualTo(320);
        assertThat(decoded.getHeight()).isEqualTo(240);
        BufferedImage original = Pictures.decode(source);
        for (int[] at : new int[][] {{10, 10}, {130, 100}, {160, 220}}) {
            Pictures.assertColour(decoded, at[0], at[1], new Color(original.getRGB(at[0], at[1])));
        }
    }

    @Test
    void theSameFormatComesBackUntouched() {
        ImageBytes png = TestImages.pngBytes(64, 48);

        assertThat(ImageConversion.convert(png, ImageType.PNG)).isSameAs(png);
    }

    @Test
    void transparencyIsLaidOnWhiteForJpegAndKeptForPng() {
        ImageBytes webp = ImageBytes.adopt(Pictures.resource("badge-lossless-alpha.webp"));

        BufferedImage jpeg = Pictures.decode(ImageConversion.convert(webp, ImageType.JPEG));
        BufferedImage png = Pictures.decode(ImageConversion.convert(webp, ImageType.PNG));

        Pictures.assertColour(jpeg, 0, 0, Color.WHITE);
        assertThat(png.getRGB(0, 0) >>> 24).isZero();
        assertThat(png.getRGB(32, 24)).isEqualTo(Pictures.decode(webp).getRGB(32, 24));
    }

    @Test
    void aJpegWithAnExifOrientationIsWrittenUprightSinceThePngHasNoMetadataToSaySo() {
        BufferedImage upright = Pictures.quarters(60, 40);
        byte[] jpeg = TaggedImages.jpegWith(TestImages.jpeg(Pictures.stored(upright, 6), 0.95f),
                TaggedImages.exifSegment(TaggedImages.exif(6)));

        BufferedImage png = Pictures.decode(ImageConversion.convert(ImageBytes.adopt(jpeg), ImageType.PNG));

        assertThat(png.getWidth()).isEqualTo(60);
        Pictures.assertQuarters(png);
    }

    @Test
    void webpIsReadButNotWrittenAndTheRefusalSaysWhatToDoInstead() {
        assertThat(ImageConversion.canWrite(ImageType.PNG)).isTrue();
        assertThat(ImageConversion.canWrite(ImageType.JPEG)).isTrue();
        assertThat(ImageConversion.canWrite(ImageType.WEBP)).isFalse();

        assertThatThrownBy(() -> ImageConversion.convert(TestImages.pngBytes(8, 8), ImageType.WEBP))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageStartingWith("imgedit cannot write WebP")
                .hasMessageContaining("choose PNG (lossless) or JPEG");
    }

    @Test
    void bytesThatAreNoImageAreRefused() {
        assertThatThrownBy(() -> ImageConversion.convert(ImageBytes.copyOf(new byte[] {1, 2, 3}), ImageType.PNG))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("not a PNG, JPEG or WebP image");
    }
}
