package dev.imgedit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageType;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.testkit.TestImages;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Inputs that just work: WebP, http(s) URLs (downloaded), reference images; and PNG or JPEG out, as asked. */
class FakeInputsTest {
    private static final BufferedImage SCENE = TestImages.scene(320, 240);

    private final ImageEditProvider provider = new FakeProviderFactory().create(FakeSettings.builder().jobsInMemory()
            .build());
    private final ImageServer images = ImageServer.start();

    @AfterEach
    void close() {
        provider.close();
        images.close();
    }

    private EditResult edit(EditRequest.Builder request) {
        return provider.edit(request.seed(5L).build());
    }

    @ParameterizedTest
    @ValueSource(strings = {"scene-lossy.webp", "scene-lossless.webp"})
    void aWebpInputIsDecodedAndEdited(String file) {
        ImageInput webp = ImageInput.bytes(ImageBytes.adopt(Pictures.resource(file)), file);
        assertThat(((ImageInput.Bytes) webp).type()).isEqualTo(ImageType.WEBP);

        EditResult result = edit(EditRequest.builder(webp, "invert"));

        BufferedImage inverted = Pictures.decode(result);
        assertThat(result.image().type()).isEqualTo(ImageType.PNG);
        assertThat(inverted.getWidth()).isEqualTo(160);
        assertThat(inverted.getHeight()).isEqualTo(120);
        Color square = new Color(inverted.getRGB(40, 90));
        assertThat(square.getRed()).as("the sienna square, inverted").isBetween(80, 110);
        assertThat(square.getBlue()).isBetween(195, 225);
        assertThat(edit(EditRequest.builder(webp, "invert")).image().bytes()).isEqualTo(result.image().bytes());
    }

    @Test
    void aUrlInputIsDownloadedAndEditedAsItsBytesWouldBe() {
        byte[] png = Pictures.png(SCENE);
        images.serve("/photos/cabin.png", png);

        EditResult fromUrl = edit(EditRequest.builder(ImageInput.url(images.url("/photos/cabin.png").toString()),
                "make it snow"));
        EditResult fromBytes = edit(EditRequest.builder(ImageInput.bytes(png), "make it snow"));

        assertThat(fromUrl.image().bytes()).isEqualTo(fromBytes.image().bytes());
        assertThat(images.requests()).isEqualTo(1);
    }

    @Test
    void aUrlNoOneAnswersIsProviderUnavailableNamingTheUrlWithoutItsQuery() {
        URI gone = images.url("/photo.png?token=secret-123");
        images.close();

        assertThatThrownBy(() -> edit(EditRequest.builder(ImageInput.url(gone.toString()), "snow")))
                .isInstanceOfSatisfying(ProviderUnavailableException.class,
                        unavailable -> assertThat(unavailable.jobId()).isNull())
                .hasMessageContaining("could not download the image URL http://127.0.0.1:" + gone.getPort()
                        + "/photo.png?...")
                .hasMessageContaining("give the image as a file")
                .hasMessageNotContaining("secret-123");
    }

    @Test
    void aUrlThatAnswersAnErrorOrNoImageIsAnInvalidRequestNamingIt() {
        images.answer("/page.png", 200, "text/html", "<html>a gallery</html>".getBytes(), -1);

        assertThatThrownBy(() -> edit(EditRequest.builder(ImageInput.url(images.url("/missing.png").toString()),
                "snow")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("the image URL " + images.url("/missing.png") + " answered HTTP 404");
        assertThatThrownBy(() -> edit(EditRequest.builder(ImageInput.url(images.url("/page.png").toString()),
                "snow")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("did not answer with a PNG, JPEG or WebP image");
    }

    @Test
    void aUrlHoldingMoreThanTheInputLimitIsRefusedWithoutReadingIt() {
        images.answer("/huge.png", 200, "image/png", TestImages.png(8, 8), 21L * 1024 * 1024);

        assertThatThrownBy(() -> edit(EditRequest.builder(ImageInput.url(images.url("/huge.png").toString()),
                "snow")))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("22,020,096 bytes, over the 20,971,520-byte input limit");
    }

    @Test
    void referencesAreInsetDownTheTopRightCornerInOrderAndSaidSo() {
        ImageInput gray = Pictures.input(Pictures.solid(320, 240, Color.GRAY));
        ImageInput red = Pictures.input(Pictures.solid(40, 40, Color.RED));
        ImageInput blue = Pictures.input(Pictures.solid(40, 40, Color.BLUE));

        EditResult result = edit(EditRequest.builder(gray, "invert").reference(red).reference(blue));

        BufferedImage image = Pictures.decode(result);
        assertThat(new Color(image.getRGB(10, 200))).as("the edited image, inverted")
                .isEqualTo(new Color(127, 127, 127));
        assertThat(new Color(image.getRGB(280, 30))).as("the first reference, first").isEqualTo(Color.RED);
        assertThat(new Color(image.getRGB(280, 70))).as("the second reference, below it").isEqualTo(Color.BLUE);
        assertThat(result.metadata()).containsEntry("references", "2");
        assertThat(result.notices()).singleElement().asString().contains("2 reference images as insets");

        EditResult swapped = edit(EditRequest.builder(gray, "invert").reference(blue).reference(red));
        assertThat(swapped.image().bytes()).as("order matters").isNotEqualTo(result.image().bytes());
        assertThat(edit(EditRequest.builder(gray, "invert").reference(red).reference(blue)).image().bytes())
                .as("the same references give the same bytes").isEqualTo(result.image().bytes());
    }

    @Test
    void aReferenceMayBeAUrlOrAWebp() {
        images.serve("/style.png", Pictures.png(Pictures.solid(40, 40, Color.GREEN)));
        ImageInput webp = ImageInput.bytes(ImageBytes.adopt(Pictures.resource("scene-lossless.webp")), "x.webp");

        EditResult result = edit(EditRequest.builder(Pictures.input(SCENE), "sepia")
                .reference(ImageInput.url(images.url("/style.png").toString())).reference(webp));

        assertThat(new Color(Pictures.decode(result).getRGB(280, 30))).isEqualTo(Color.GREEN);
    }

    @Test
    void jpegIsWrittenWhenAskedAndPngOtherwise() {
        EditResult jpeg = edit(EditRequest.builder(Pictures.input(SCENE), "night").outputFormat(ImageType.JPEG));
        EditResult png = edit(EditRequest.builder(Pictures.input(SCENE), "night").outputFormat(ImageType.PNG));

        assertThat(jpeg.image().type()).isEqualTo(ImageType.JPEG);
        assertThat(ImageType.detect(jpeg.image().bytes().head(12))).contains(ImageType.JPEG);
        assertThat(Pictures.decode(jpeg).getWidth()).isEqualTo(320);
        assertThat(png.image().type()).isEqualTo(ImageType.PNG);
        assertThat(edit(EditRequest.builder(Pictures.input(SCENE), "night").outputFormat(ImageType.JPEG)).image()
                .bytes()).as("deterministic").isEqualTo(jpeg.image().bytes());
    }

    @Test
    void aTransparentInputBecomesAJpegOnWhite() {
        BufferedImage clear = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        EditResult jpeg = edit(EditRequest.builder(Pictures.input(clear), "bright").outputFormat(ImageType.JPEG));
        Color corner = new Color(Pictures.decode(jpeg).getRGB(5, 5));
        assertThat(corner.getRed()).isGreaterThan(240);
    }
}
