package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.imgedit.AspectRatio;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.fake.Pictures.Means;
import dev.imgedit.fake.internal.FakeImageEditProvider;
import dev.imgedit.testkit.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fake's edits are real: each recognised word changes the pixels the way a person would expect. */
class FakeEditsTest {
    private static final BufferedImage SCENE = TestImages.scene(320, 240);

    private final ImageEditProvider provider = new FakeProviderFactory().create(FakeSettings.defaults());

    @AfterEach
    void close() {
        provider.close();
    }

    private EditResult edit(BufferedImage image, String prompt) {
        return edit(Pictures.input(image), prompt, 7L, null);
    }

    private EditResult edit(ImageInput input, String prompt, @Nullable Long seed, @Nullable AspectRatio ratio) {
        return provider.edit(EditRequest.builder(input, prompt).seed(seed).aspectRatio(ratio).build());
    }

    @Test
    void theSameRequestGivesTheSameBytesEvenFromAnotherProvider() {
        EditResult first = edit(SCENE, "make it snow");
        try (ImageEditProvider other = new FakeProviderFactory().create(FakeSettings.defaults())) {
            EditResult second = other.edit(EditRequest.builder(Pictures.input(SCENE), "make it snow").seed(7L).build());
            assertThat(second.image().bytes()).isEqualTo(first.image().bytes());
            assertThat(second.jobId()).isNotEqualTo(first.jobId());
        }
    }

    @Test
    void anotherSeedMovesTheSnowflakes() {
        ImageBytes seven = edit(Pictures.input(SCENE), "snow", 7L, null).image().bytes();
        ImageBytes eight = edit(Pictures.input(SCENE), "snow", 8L, null).image().bytes();
        assertThat(eight).isNotEqualTo(seven);
    }

    @Test
    void withoutASeedTheEditIsStillDeterministic() {
        ImageBytes first = edit(Pictures.input(SCENE), "snow", null, null).image().bytes();
        ImageBytes second = edit(Pictures.input(SCENE), "snow", null, null).image().bytes();
        assertThat(second).isEqualTo(first);
    }

    @Test
    void snowBrightensTheImageAndWhitensItsLowerPart() {
        EditResult result = edit(SCENE, "make it snow");
        BufferedImage snowy = Pictures.decode(result);

        assertThat(Pictures.means(snowy).luminance()).isGreaterThan(Pictures.means(SCENE).luminance() + 20);
        Means bottom = Pictures.means(snowy, 200, 240);
        assertThat(bottom.red()).isGreaterThan(180);
        assertThat(bottom.blue()).isGreaterThanOrEqualTo(bottom.red());
        assertThat(result.metadata()).containsEntry("effects", "snow").containsEntry("seed", "7");
    }

    @Test
    void nightDarkensTheImageToBlue() {
        BufferedImage night = Pictures.decode(edit(SCENE, "at night"));
        Means means = Pictures.means(night);

        assertThat(means.luminance()).isLessThan(Pictures.means(SCENE).luminance() / 2);
        assertThat(means.blue()).isGreaterThan(means.red() + 20);
    }

    @Test
    void blackAndWhiteMakesEveryPixelGray() {
        for (String prompt : new String[] {"black and white", "grayscale please", "Monochrome", "B&W"}) {
            BufferedImage gray = Pictures.decode(edit(SCENE, prompt));
            for (int y = 0; y < gray.getHeight(); y++) {
                for (int x = 0; x < gray.getWidth(); x++) {
                    Color color = new Color(gray.getRGB(x, y));
                    assertThat(color.getGreen()).as("%s at %d,%d", prompt, x, y).isEqualTo(color.getRed());
                    assertThat(color.getBlue()).as("%s at %d,%d", prompt, x, y).isEqualTo(color.getRed());
                }
            }
        }
    }

    @Test
    void sepiaTurnsGrayToBrown() {
        Color pixel = new Color(Pictures.decode(edit(Pictures.solid(40, 30, Color.GRAY), "sepia")).getRGB(20, 15));
        assertThat(pixel.getRed()).isGreaterThan(pixel.getGreen());
        assertThat(pixel.getGreen()).isGreaterThan(pixel.getBlue());
    }

    @Test
    void invertInvertsAKnownPixel() {
        BufferedImage inverted = Pictures.decode(edit(Pictures.solid(40, 30, new Color(200, 100, 50)), "invert"));
        assertThat(new Color(inverted.getRGB(20, 15))).isEqualTo(new Color(55, 155, 205));
    }

    @Test
    void blurSoftensSharpEdges() {
        BufferedImage sharp = Pictures.checkerboard(120, 90, 6);
        BufferedImage blurred = Pictures.decode(edit(sharp, "blur it"));
        assertThat(Pictures.sharpness(blurred)).isLessThan(Pictures.sharpness(sharp) / 2);
    }

    @Test
    void warmShiftsTowardsRedAndCoolTowardsBlue() {
        BufferedImage gray = Pictures.solid(40, 30, Color.GRAY);
        Means warm = Pictures.means(Pictures.decode(edit(gray, "a warm sunset")));
        Means cool = Pictures.means(Pictures.decode(edit(gray, "cold morning")));
        assertThat(warm.red() - warm.blue()).isGreaterThan(30);
        assertThat(cool.blue() - cool.red()).isGreaterThan(30);
    }

    @Test
    void brightAndDarkMoveTheBrightness() {
        double before = Pictures.means(SCENE).luminance();
        assertThat(Pictures.means(Pictures.decode(edit(SCENE, "brighter"))).luminance()).isGreaterThan(before + 15);
        assertThat(Pictures.means(Pictures.decode(edit(SCENE, "darker"))).luminance()).isLessThan(before - 15);
    }

    @Test
    void wordsCombineInAFixedOrder() {
        EditResult result = edit(SCENE, "A snowy night, in black and white");
        BufferedImage image = Pictures.decode(result);
        Color pixel = new Color(image.getRGB(10, 10));

        assertThat(result.metadata()).containsEntry("effects", "snow, night, grayscale");
        assertThat(pixel.getRed()).isEqualTo(pixel.getBlue());
    }

    @Test
    void anUnknownPromptTintsByItsHashAndIsWrittenAtTheBottom() {
        BufferedImage gray = Pictures.solid(320, 240, Color.GRAY);
        EditResult cat = edit(gray, "a cat wearing a tiny hat");
        BufferedImage catImage = Pictures.decode(cat);
        BufferedImage dogImage = Pictures.decode(edit(gray, "a dog in a boat"));

        assertThat(cat.metadata()).containsEntry("effects", "tint, caption");
        assertThat(cat.notices()).singleElement().asString()
                .startsWith("no effect word recognised in the prompt, so a tint and a caption were applied instead");
        assertThat(catImage.getRGB(10, 10)).as("tint").isNotEqualTo(Color.GRAY.getRGB())
                .isNotEqualTo(dogImage.getRGB(10, 10));
        Means band = Pictures.means(catImage, 225, 240);
        Means above = Pictures.means(catImage, 100, 120);
        assertThat(band.luminance()).as("caption band").isLessThan(above.luminance() - 30);
        long distinctInBand = Arrays.stream(catImage.getRGB(0, 226, 320, 12, null, 0, 320)).distinct().count();
        assertThat(distinctInBand).as("colours in the band, text included").isGreaterThan(5);
    }

    @Test
    void theAspectRatioIsACentreCrop() {
        ImageInput input = Pictures.input(SCENE);
        assertSize(edit(input, "snow", 1L, AspectRatio.R1_1), 240, 240);
        assertSize(edit(input, "snow", 1L, AspectRatio.R16_9), 320, 180);
        assertSize(edit(input, "snow", 1L, AspectRatio.R9_16), 135, 240);

        BufferedImage halves = new BufferedImage(300, 100, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 300; x++) {
            for (int y = 0; y < 100; y++) {
                halves.setRGB(x, y, x < 100 || x >= 200 ? 0xFF0000 : 0x0000FF);
            }
        }
        BufferedImage square = Pictures.decode(edit(Pictures.input(halves), "invert", 1L, AspectRatio.R1_1));
        assertThat(new Color(square.getRGB(50, 50))).as("the middle third, inverted").isEqualTo(new Color(255, 255, 0));
        assertThat(new Color(square.getRGB(1, 1))).isEqualTo(new Color(255, 255, 0));
    }

    @Test
    void aLargeInputIsScaledDownAndASmallOneIsNotScaledUp() {
        EditResult large = edit(Pictures.input(TestImages.scene(2400, 1600)), "sepia", 1L, null);
        assertSize(large, 1024, 683);
        assertSize(edit(Pictures.input(TestImages.scene(100, 80)), "sepia", 1L, null), 100, 80);
    }

    @Test
    void aJpegInputGivesAPngOutput() {
        EditResult result = edit(ImageInput.bytes(TestImages.jpeg(160, 120)), "night", 1L, null);
        assertThat(result.image().type()).isEqualTo(dev.imgedit.ImageType.PNG);
        assertSize(result, 160, 120);
    }

    @Test
    void anInputThatLooksLikeAPngButDoesNotDecodeIsAnInvalidRequest() {
        byte[] broken = Arrays.copyOf(TestImages.png(64, 48), 60);
        assertThatThrownBy(() -> edit(ImageInput.bytes(broken), "snow", 1L, null))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("decoded");
    }

    @Test
    void whatTheModelCannotDoIsRefusedBeforeAnyWork() {
        FakeImageEditProvider fake = (FakeImageEditProvider) provider;
        ImageInput input = Pictures.input(SCENE);
        EditRequest.Builder fiveImages = EditRequest.builder(input, "snow");
        for (int i = 0; i < 4; i++) {
            fiveImages.reference(input);
        }
        assertThatThrownBy(() -> provider.submit(fiveImages.build()))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("at most 4 images");
        assertThatThrownBy(() -> provider.submit(EditRequest.builder(input, "snow")
                .outputFormat(dev.imgedit.ImageType.WEBP).build()))
                .isInstanceOf(UnsupportedFeatureException.class)
                .hasMessageContaining("WebP");
        assertThat(fake.submitsReceived()).isZero();
    }

    @Test
    void theResultDescribesTheEdit() {
        EditResult result = edit(Pictures.input(SCENE), "sepia", 42L, AspectRatio.R4_3);
        assertThat(result.providerId()).isEqualTo("fake");
        assertThat(result.image().source()).isNull();
        assertThat(result.elapsed()).isGreaterThanOrEqualTo(java.time.Duration.ZERO);
        assertThat(result.metadata()).containsEntry("model", "fake-java2d").containsEntry("seed", "42")
                .containsEntry("aspectRatio", "4:3").containsEntry("effects", "sepia").containsKey("track_id");
        assertThat(result.notices()).as("a recognised prompt needs no notice").isEmpty();
        assertThat((double) result.image().width() / result.image().height()).isCloseTo(4.0 / 3, within(0.01));
    }

    private static void assertSize(EditResult result, int width, int height) {
        BufferedImage image = Pictures.decode(result);
        assertThat(image.getWidth()).isEqualTo(width).isEqualTo(result.image().width());
        assertThat(image.getHeight()).isEqualTo(height).isEqualTo(result.image().height());
    }
}
