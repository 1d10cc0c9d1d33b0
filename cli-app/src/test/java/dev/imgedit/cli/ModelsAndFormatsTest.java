package dev.imgedit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Models, several images, standard input and output, and output formats, as the CLI takes them. */
class ModelsAndFormatsTest {
    @TempDir
    Path directory;

    private CommandRunner imgedit;

    @BeforeEach
    void setUp() {
        imgedit = new CommandRunner(directory);
        TestImages.png(directory.resolve("photo.png"), 64, 48);
        TestImages.jpeg(directory.resolve("style.jpg"), 32, 32);
    }

    @Test
    void anUnknownModelIsRefusedListingTheProvidersModels() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--model", "flux-9");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString()
                .contains("provider fake has no model 'flux-9'", "fake-java2d");
        assertThat(directory.resolve("photo.edited.png")).doesNotExist();
    }

    @Test
    void theDefaultModelCanBeNamed() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--model", "fake-java2d");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(directory.resolve("photo.edited.png")).isNotEmptyFile();
    }

    @Test
    void moreImagesThanTheModelTakesAreRefusedBeforeAnythingIsSubmitted() {
        int maxImages = new dev.imgedit.fake.FakeProviderFactory().info().defaultModel().maxImages();
        String[] arguments = new String[5 + 2 * maxImages];
        arguments[0] = "edit";
        arguments[1] = "-p";
        arguments[2] = "put the style on it";
        arguments[3] = "-i";
        arguments[4] = "photo.png";
        for (int i = 0; i < maxImages; i++) {
            arguments[5 + 2 * i] = "-i";
            arguments[6 + 2 * i] = "style.jpg";
        }

        CommandRun run = imgedit.run(arguments);

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("model fake-java2d (fake)", "not "
                + (maxImages + 1));
        assertThat(run.err()).doesNotContain("submitted");
    }

    @Test
    void theImageCanComeFromStandardInputAndGoToStandardOutput() throws IOException {
        byte[] photo = Files.readAllBytes(directory.resolve("photo.png"));

        CommandRun run = imgedit.standardInput(photo).run("edit", "-i", "-", "-p", "make it night", "-o", "-");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(ImageType.detect(run.outBytes())).contains(ImageType.PNG);
        assertThat(ImageIO.read(new ByteArrayInputStream(run.outBytes())).getWidth()).isEqualTo(64);
        assertThat(run.err()).doesNotContain("error");
        try (var files = Files.list(directory)) {
            assertThat(files.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("photo.png",
                    "style.jpg");
        }
    }

    @Test
    void standardInputHoldsOneThing() {
        CommandRun twice = imgedit.run("edit", "-i", "-", "-i", "-", "-p", "snow");
        CommandRun both = imgedit.run("edit", "-i", "-", "-p", "-");
        CommandRun empty = imgedit.run("edit", "-i", "-", "-p", "snow");

        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.errorLines()).singleElement().asString().contains("-i - is given 2 times");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.errorLines()).singleElement().asString().contains("both the image (-i -) and the prompt");
        assertThat(empty.exitCode()).isEqualTo(2);
        assertThat(empty.errorLines()).singleElement().asString().contains("standard input is empty");
    }

    @Test
    void anImageOnStandardOutputCannotShareItWithJson() {
        CommandRun run = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "-o", "-", "--json");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("-o -", "--json");
    }

    @Test
    void aFormatImgeditDoesNotKnowOrThatContradictsTheOutputNameIsRefused() {
        CommandRun unknown = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--format", "gif");
        CommandRun contradicting = imgedit.run("edit", "-i", "photo.png", "-p", "snow", "--format", "png", "-o",
                "out.jpg");

        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.errorLines()).singleElement().asString().contains("--format 'gif'", "png, jpeg or webp");
        assertThat(contradicting.exitCode()).isEqualTo(2);
        assertThat(contradicting.errorLines()).singleElement().asString().contains("disagree", ".png");
    }

    @Test
    void noWaitIsRefusedWhereTheJobCannotBeFetchedFromAnotherProcess() {
        CommandRun run = imgedit.with("IMGEDIT_FAKE_JOB_DIRECTORY", "memory")
                .run("edit", "-i", "photo.png", "-p", "snow", "--no-wait");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.errorLines()).singleElement().asString().contains("cannot resume", "--no-wait");
    }
}
