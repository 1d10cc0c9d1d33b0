package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.modelslab.testserver.ModelsLabTestServer;
import dev.imgedit.testkit.TaggedImages;
import dev.imgedit.testkit.http.RecordedRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone's photo edits with ModelsLab as it is: 12 megapixels, 8 MB, turned by its EXIF orientation, with GPS in
 * its metadata. imgedit turns it upright, strips the metadata and fits it under the upload limit, saying so.
 */
class InputsThatJustWorkTest {
    private static final int UPLOAD_LIMIT = 3_700_000;
    private static byte[] phonePhoto;

    @TempDir
    Path directory;

    private ModelsLabTestServer server;
    private CommandRunner imgedit;

    @BeforeAll
    static void takeThePhoto() {
        // Stored landscape, orientation 6: the camera was held upright, so the picture is portrait.
        phonePhoto = TaggedImages.jpegWith(dev.imgedit.testkit.TestImages.noisyPhoto(4000, 3000),
                TaggedImages.exifSegment(TaggedImages.exif(6)));
        assertThat(phonePhoto.length).as("the photo is over the limit").isGreaterThan(2 * UPLOAD_LIMIT);
    }

    @BeforeEach
    void setUp() throws IOException {
        server = ModelsLabTestServer.start();
        imgedit = new CommandRunner(directory).withModelsLab(server);
        Files.write(directory.resolve("IMG_2041.jpg"), phonePhoto);
    }

    @AfterAll
    static void forgetThePhoto() {
        phonePhoto = null;
    }

    @org.junit.jupiter.api.AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aTwelveMegapixelPhotoIsTurnedUprightStrippedAndFittedWithANotice() {
        CommandRun run = imgedit.run("edit", "-i", "IMG_2041.jpg", "-p", "make it snow");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("imgedit: resized 'IMG_2041.jpg' from 3000x4000");
        byte[] uploaded = onlyUpload();
        assertThat(uploaded.length).isLessThanOrEqualTo(UPLOAD_LIMIT);
        ImageSize size = ImageSize.read(ImageBytes.adopt(uploaded), ImageType.JPEG).orElseThrow();
        assertThat(size.height()).as("upright: portrait").isGreaterThan(size.width());
        assertThat(new String(uploaded, StandardCharsets.ISO_8859_1)).doesNotContain(TaggedImages.CAMERA);
        assertThat(TaggedImages.contains(uploaded, TaggedImages.LATITUDE_SECONDS)).as("GPS left").isFalse();
        assertThat(directory.resolve("IMG_2041.edited.png")).isNotEmptyFile();
    }

    @Test
    void noResizeRefusesInsteadBeforeAnythingIsSent() {
        CommandRun run = imgedit.run("edit", "-i", "IMG_2041.jpg", "-p", "make it snow", "--no-resize");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .contains("IMG_2041.jpg", "input limit of flux-kontext-pro", "drop --no-resize");
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void keepMetadataSendsTheCameraAndGpsAlong() {
        CommandRun run = imgedit.run("edit", "-i", "IMG_2041.jpg", "-p", "make it snow", "--keep-metadata");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(new String(onlyUpload(), StandardCharsets.ISO_8859_1)).contains(TaggedImages.CAMERA);
    }

    private byte[] onlyUpload() {
        List<RecordedRequest> uploads = server.requestsTo("/api/v6/base64_to_url");
        assertThat(uploads).hasSize(1);
        String dataUri = server.json(uploads.get(0)).get("base64_string").asText();
        return Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
    }
}
