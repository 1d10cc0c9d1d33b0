package dev.imgedit.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.imaging.internal.Wording;
import dev.imgedit.testkit.TaggedImages;
import dev.imgedit.testkit.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class FittingToTheModelTest {
    private static final PreparationPolicy NO_RESIZE = new PreparationPolicy(false, false);

    @Test
    void aTwelveMegapixelEightMegabytePhotoIsResizedUnderTheKontextLimitAndSaysSo() {
        byte[] photo = TaggedImages.jpegWith(TestImages.noisyPhoto(4000, 3000),
                TaggedImages.exifSegment(TaggedImages.exif(1)));
        assertThat(photo.length).as("the photo's size").isBetween(7_500_000, 9_000_000);

        PreparedInput prepared = prepare(photo, "IMG_2041.jpg", Models.kontext(), PreparationPolicy.DEFAULT);

        ImageInput.Bytes image = prepared.image();
        assertThat(image.type()).isEqualTo(ImageType.JPEG);
        assertThat(image.data().size()).isLessThanOrEqualTo(3_700_000);
        BufferedImage decoded = Pictures.decode(image.data());
        assertThat(decoded.getWidth() * 3).isBetween(decoded.getHeight() * 4 - 4, decoded.getHeight() * 4 + 4);
        assertThat(decoded.getWidth()).isBetween(1600, 3999);
        assertThat(image.size()).contains(new ImageSize(decoded.getWidth(), decoded.getHeight()));
        assertThat(prepared.notices()).singleElement().asString().matches("resized 'IMG_2041\\.jpg' from 4000x3000 "
                + "\\(8\\.\\d MB\\) to " + decoded.getWidth() + "x" + decoded.getHeight()
                + " \\(\\d\\.\\d MB\\) to fit the 3\\.7 MB input limit of flux-kontext-pro");
        assertThat(TaggedImages.contains(image.data().toByteArray(), TaggedImages.LATITUDE_SECONDS)).isFalse();
    }

    @Test
    void anOpaquePngOverThePixelLimitBecomesAJpegWithinIt() {
        ModelInfo model = Models.limitedTo(10_000_000, 300_000, ImageType.PNG, ImageType.JPEG);

        PreparedInput prepared = prepare(TestImages.png(1200, 800), "diagram.png", model, PreparationPolicy.DEFAULT);

        assertThat(prepared.image().type()).isEqualTo(ImageType.JPEG);
        BufferedImage decoded = Pictures.decode(prepared.image().data());
        assertThat((long) decoded.getWidth() * decoded.getHeight()).isLessThanOrEqualTo(300_000);
        assertThat(decoded.getWidth()).isEqualTo(670);
        assertThat(decoded.getHeight()).isEqualTo(447);
        assertThat(prepared.notices()).singleElement().asString().matches("converted 'diagram\\.png' from PNG 1200x800 "
                + "\\(\\d+ KB\\) to JPEG 670x447 \\(\\d+ KB\\) to fit the 0\\.3-megapixel input limit of small-model");
    }

    @Test
    void aPngWhoseTransparencyMattersStaysAPngWhenItStillFits() {
        ModelInfo model = Models.limitedTo(10_000_000, 100_000, ImageType.PNG, ImageType.JPEG);

        PreparedInput prepared = prepare(Pictures.png(Pictures.cutOut(800, 600)), "sticker.png", model,
                PreparationPolicy.DEFAULT);

        assertThat(prepared.image().type()).isEqualTo(ImageType.PNG);
        BufferedImage decoded = Pictures.decode(prepared.image().data());
        assertThat((long) decoded.getWidth() * decoded.getHeight()).isLessThanOrEqualTo(100_000);
        assertThat(decoded.getRGB(1, 1) >>> 24).as("corner alpha").isZero();
        Pictures.assertColour(decoded, decoded.getWidth() / 2, decoded.getHeight() / 2, Pictures.TOP_LEFT);
        assertThat(prepared.notices()).singleElement().asString().startsWith("resized 'sticker.png' from 800x600");
    }

    @Test
    void aTransparentPngTooLargeEvenScaledDownIsLaidOnWhiteAsAJpeg() {
        BufferedImage noisy = Pictures.decode(TestImages.noisyPhoto(400, 300));
        BufferedImage translucent = new BufferedImage(400, 300, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                translucent.setRGB(x, y, x < 20 ? 0 : noisy.getRGB(x, y) & 0x00FFFFFF | 0xC0000000);
            }
        }
        byte[] png = Pictures.png(translucent);
        ModelInfo model = Models.limitedTo(png.length / 3, 1_000_000, ImageType.PNG, ImageType.JPEG);

        PreparedInput prepared = prepare(png, "overlay.png", model, PreparationPolicy.DEFAULT);

        assertThat(prepared.image().type()).isEqualTo(ImageType.JPEG);
        assertThat(prepared.image().data().size()).isLessThanOrEqualTo(png.length / 3);
        BufferedImage decoded = Pictures.decode(prepared.image().data());
        Pictures.assertColour(decoded, 3, decoded.getHeight() / 2, Color.WHITE);
        assertThat(prepared.notices()).singleElement().asString().startsWith("converted 'overlay.png' from PNG 400x300")
                .endsWith("; its transparent parts are now white");
    }

    @Test
    void aWebpForAModelThatTakesNoWebpBecomesAJpegOrAPngWithItsTransparency() {
        PreparedInput photo = prepare(Pictures.resource("scene-lossy.webp"), "scene.webp", Models.pngAndJpegOnly(),
                PreparationPolicy.DEFAULT);
        PreparedInput badge = prepare(Pictures.resource("badge-lossless-alpha.webp"), "badge.webp",
                Models.pngAndJpegOnly(), PreparationPolicy.DEFAULT);

        assertThat(photo.image().type()).isEqualTo(ImageType.JPEG);
        assertThat(photo.image().size()).contains(new ImageSize(320, 240));
        Pictures.decode(photo.image().data());
        assertThat(photo.notices()).singleElement().asString().matches("converted 'scene\\.webp' from WebP 320x240 "
                + "\\(\\d+ KB\\) to JPEG 320x240 \\(\\d+ KB\\) as png-jpeg takes PNG and JPEG, not WebP");
        assertThat(badge.image().type()).isEqualTo(ImageType.PNG);
        BufferedImage decoded = Pictures.decode(badge.image().data());
        assertThat(decoded.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
        assertThat(decoded.getRGB(32, 24)).isEqualTo(Pictures.decode(Pictures.resource("badge-lossless-alpha.webp"))
                .getRGB(32, 24));
    }

    @Test
    void aTurnedJpegMuchLargerThanTheLimitIsDecodedSubsampledAndComesOutUpright() {
        byte[] jpeg = TaggedImages.jpegWith(TestImages.jpeg(Pictures.stored(Pictures.quarters(800, 600), 6), 0.9f),
                TaggedImages.exifSegment(TaggedImages.exif(6)));
        ModelInfo model = Models.limitedTo(10_000_000, 20_000, ImageType.JPEG);

        PreparedInput prepared = prepare(jpeg, "sideways.jpg", model, PreparationPolicy.DEFAULT);

        BufferedImage decoded = Pictures.decode(prepared.image().data());
        assertThat(decoded.getWidth()).isEqualTo(163);
        assertThat(decoded.getHeight()).isEqualTo(122);
        Pictures.assertQuarters(decoded);
        assertThat(prepared.notices()).singleElement().asString()
                .startsWith("resized 'sideways.jpg' from 800x600 (")
                .endsWith(") to 163x122 (" + Wording.bytes(prepared.image().data().size())
                        + ") to fit the 20,000-pixel input limit of small-model");
    }

    @Test
    void aWebpOverThePixelLimitIsDecodedSubsampledThroughTheWebpReader() {
        byte[] webp = Pictures.resource("scene-lossy.webp");
        ModelInfo model = Models.limitedTo(10_000_000, 20_000, ImageType.WEBP, ImageType.PNG, ImageType.JPEG);

        PreparedInput prepared = prepare(webp, "scene.webp", model, PreparationPolicy.DEFAULT);

        assertThat(prepared.image().type()).isEqualTo(ImageType.JPEG);
        BufferedImage decoded = Pictures.decode(prepared.image().data());
        assertThat(decoded.getWidth()).isEqualTo(163);
        assertThat(decoded.getHeight()).isEqualTo(122);
        BufferedImage original = Pictures.decode(webp);
        Pictures.assertColour(decoded, 80, 3, new Color(original.getRGB(160, 6)));
        Pictures.assertColour(decoded, 80, 118, new Color(original.getRGB(160, 234)));
    }

    @Test
    void withoutResizingAnImageOverTheByteLimitIsRefusedNamingSizeLimitAndFix() {
        byte[] png = TestImages.png(300, 200);
        ModelInfo model = Models.limitedTo(png.length - 1, 1_000_000);

        assertThatThrownBy(() -> prepare(png, "big.png", model, NO_RESIZE))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage(String.format(java.util.Locale.ROOT, "'big.png' is %s (%,d bytes), over the %s (%,d-byte) "
                        + "input limit of small-model: let it be resized to fit, or give a smaller image",
                        sizeText(png.length), png.length, sizeText(png.length - 1), png.length - 1));
    }

    @Test
    void withoutResizingAnImageOverThePixelLimitIsRefusedWithTheSizeThatWouldFit() {
        ModelInfo model = Models.limitedTo(10_000_000, 1_000_000);

        assertThatThrownBy(() -> prepare(TestImages.png(2000, 1000), "wide.png", model, NO_RESIZE))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("'wide.png' is 2000x1000 (2 megapixels), over the 1-megapixel input limit of "
                        + "small-model: let it be resized to fit, or give a smaller image of at most 1414x707");
    }

    @Test
    void withoutResizingAFormatTheModelDoesNotTakeIsRefused() {
        assertThatThrownBy(() -> prepare(Pictures.resource("scene-lossy.webp"), "scene.webp", Models.pngAndJpegOnly(),
                NO_RESIZE))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessage("png-jpeg takes PNG and JPEG, not WebP ('scene.webp'): let it be converted to fit, or "
                        + "convert it first");
    }

    @Test
    void aModelThatTakesOnlyWebpCannotBeFedAJpegThatNeedsRecoding() {
        ModelInfo model = Models.limitedTo(10_000_000, 10_000, ImageType.WEBP);

        assertThatThrownBy(() -> prepare(TestImages.jpeg(300, 200), "photo.jpg", model, PreparationPolicy.DEFAULT))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("takes only WebP, and imgedit writes only PNG and JPEG");
    }

    @Test
    void aDamagedImageThatMustBeRecodedIsRefusedWithAClearMessage() {
        byte[] damaged = TestImages.png(300, 200);
        int imageData = indexOf(damaged, "IDAT") + 4;
        Arrays.fill(damaged, imageData, damaged.length - 12, (byte) 0xFF);

        assertThatThrownBy(() -> prepare(damaged, "broken.png", Models.limitedTo(10_000_000, 10_000),
                PreparationPolicy.DEFAULT))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("'broken.png' cannot be decoded as PNG (")
                .hasMessageEndingWith("): open it in an image editor and save it again as PNG or JPEG");
    }

    private static int indexOf(byte[] bytes, String text) {
        for (int i = 0; i + text.length() <= bytes.length; i++) {
            if (new String(bytes, i, text.length(), java.nio.charset.StandardCharsets.US_ASCII).equals(text)) {
                return i;
            }
        }
        throw new AssertionError(text + " not found");
    }

    private static String sizeText(long bytes) {
        return bytes < 1_000 ? bytes + " bytes" : Math.round(bytes / 1_000.0) + " KB";
    }

    private static PreparedInput prepare(byte[] bytes, String name, ModelInfo model, PreparationPolicy policy) {
        return InputPreparation.prepare(ImageInput.bytes(ImageBytes.copyOf(bytes), name), model, policy);
    }
}
