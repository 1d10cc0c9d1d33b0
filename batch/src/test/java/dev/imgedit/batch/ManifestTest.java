package dev.imgedit.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.imgedit.AspectRatio;
import dev.imgedit.exception.InvalidRequestException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestTest {
    @TempDir
    Path temporary;

    private Path write(String name, String text) throws Exception {
        return Files.writeString(temporary.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void aCsvManifestAsASpreadsheetSavesIt() throws Exception {
        Path manifest = write("shots.csv", "\uFEFFimage,prompt,aspect_ratio,seed,output,option.guidance_scale\r\n"
                + "front.png,\"on a plain white background, studio light\",1:1,7,catalogue/front.png,3\r\n"
                + "\r\n"
                + "sub/back.jpg,\"say \"\"cheese\"\"\nand smile\",,,,\r\n"
                + "https://example.com/side.webp,make it snow,16:9,,,\r\n");

        List<BatchItem> items = BatchItems.fromManifest(manifest);

        assertThat(items).hasSize(3);
        assertThat(items.get(0)).isEqualTo(new BatchItem(new BatchInput.File(temporary.resolve("front.png"),
                "front.png"), "on a plain white background, studio light", AspectRatio.R1_1, 7L,
                "catalogue/front.png", Map.of("guidance_scale", "3")));
        assertThat(items.get(1).prompt()).isEqualTo("say \"cheese\"\nand smile");
        assertThat(items.get(1).input().name()).isEqualTo("sub/back.jpg");
        assertThat(items.get(1).providerOptions()).isEmpty();
        assertThat(items.get(2).input()).isEqualTo(new BatchInput.Url(URI.create("https://example.com/side.webp")));
        assertThat(items.get(2).aspectRatio()).isEqualTo(AspectRatio.R16_9);
    }

    @Test
    void aJsonLinesManifest() throws Exception {
        Path manifest = write("shots.jsonl", "{\"image\": \"front.png\", \"prompt\": \"make it snow\", \"seed\": 7, "
                + "\"options\": {\"guidance_scale\": 3.5, \"safety\": true}}\n\n"
                + "{\"image\": \"../elsewhere/back.png\", \"prompt\": \"night\", \"aspect_ratio\": \"9:16\", "
                + "\"output\": \"b\"}\n");

        List<BatchItem> items = BatchItems.fromManifest(manifest);

        assertThat(items.get(0).seed()).isEqualTo(7L);
        assertThat(items.get(0).providerOptions()).containsOnly(Map.entry("guidance_scale", "3.5"),
                Map.entry("safety", "true"));
        assertThat(items.get(1).input().name()).as("outside the manifest's folder: the file name alone")
                .isEqualTo("back.png");
        assertThat(items.get(1).outputName()).isEqualTo("b");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "image,prompt\\na.png,   | shots.csv' line 2: 'prompt' is missing or blank",
        "image,promt\\na.png,x   | shots.csv' line 1: unknown column 'promt': the columns are image, prompt,",
        "prompt\\nx              | shots.csv' line 1: the header needs the columns image and prompt",
        "image,prompt\\na.png,x,y | shots.csv' line 2: 3 fields, but the header has 2; quote fields",
        "image,prompt,seed\\na.png,x,-1 | shots.csv' line 2: seed must be zero or positive, got -1: give 0 or more",
        "image,prompt,seed\\na.png,x,7.5 | shots.csv' line 2: seed '7.5' is not a whole number: give 0 or more",
        "image,prompt,seed\\na.png,x,99999999999999999999 | shots.csv' line 2: seed 99999999999999999999 is too large: give a whole number from 0 to 9223372036854775807",
        "image,prompt,aspect_ratio\\na.png,x,5:4 | shots.csv' line 2: unknown aspect ratio '5:4': use one of",
        "image,prompt,output\\na.png,x,../up.png | shots.csv' line 2: output name '../up.png' has an empty, '.' or '..'",
        "image,prompt,output\\na.png,x,/abs.png | shots.csv' line 2: output name '/abs.png' is absolute",
        "image,prompt,option.api_key\\na.png,x,k | provider option 'api_key' looks like a secret",
        "image,prompt,option.track_id\\na.png,x,t | provider option 'track_id' cannot be set: imgedit chooses",
        "image,prompt\\n\"a.png,x   | shots.csv' line 2: a quoted field is never closed",
        "image,prompt\\na\"b.png,x  | shots.csv' line 2: a quote inside an unquoted field",
        "image,prompt\\nftp://h/a.png,x | shots.csv' line 2: image URL 'ftp://h/a.png' must be an absolute http or https URL, not ftp",
        "image,prompt              | shots.csv' has no items: add a line per image",
    })
    void everyMalformedRowIsReportedWithItsLineAndTheFix(String csv, String message) throws Exception {
        Path manifest = write("shots.csv", csv.replace("\\n", "\n"));
        assertThatThrownBy(() -> BatchItems.fromManifest(manifest))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining(message.strip());
    }

    @Test
    void jsonLinesErrorsNameTheirLine() throws Exception {
        Path manifest = write("a.jsonl", "{\"image\": \"a.png\", \"prompt\": \"x\"}\n{\"image\": \"b.png\", "
                + "\"prompt\": \"y\", \"colour\": \"red\"}\n");
        assertThatThrownBy(() -> BatchItems.fromManifest(manifest))
                .hasMessageContaining("a.jsonl' line 2: unknown field 'colour'");
        Path broken = write("b.jsonl", "{\"image\": \"a.png\", \"prompt\": \"x\"\n");
        assertThatThrownBy(() -> BatchItems.fromManifest(broken)).hasMessage("manifest '" + broken + "' line 1, "
                + "column 33: not valid JSON: Unexpected end-of-input: expected close marker for Object; write one "
                + "object a line, such as {\"image\": \"a.png\", \"prompt\": \"make it snow\"}");
        Path latin = temporary.resolve("c.csv");
        Files.write(latin, "image,prompt\na.png,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> BatchItems.fromManifest(latin)).hasMessageContaining("is not UTF-8 text");
        assertThatThrownBy(() -> BatchItems.fromManifest(temporary.resolve("none.csv")))
                .hasMessageContaining("none.csv' does not exist");
    }

    @Test
    void aJsonLineIsReadWholeOrRefusedNeverMergedOrCut() throws Exception {
        Path two = write("two.jsonl", "{\"image\":\"a.png\",\"prompt\":\"x\"}\n"
                + "{\"image\":\"a.png\",\"prompt\":\"night\"}{\"image\":\"a.png\",\"prompt\":\"snow\"}\n");
        assertThatThrownBy(() -> BatchItems.fromManifest(two)).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("manifest '" + two + "' line 2, column ")
                .hasMessageContaining(": more than one JSON value on the line: write one object a line, such as");
        Path twice = write("twice.jsonl", "{\"image\":\"a.png\",\"prompt\":\"night\",\"image\":\"b.jpg\"}\n");
        assertThatThrownBy(() -> BatchItems.fromManifest(twice)).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("manifest '" + twice + "' line 1, column ")
                .hasMessageEndingWith(": field 'image' is given twice: keep one");
    }

    @Test
    void aFolderGivenAsTheManifestIsBadInputWithTheFix() {
        assertThatThrownBy(() -> BatchItems.fromManifest(temporary)).isInstanceOf(InvalidRequestException.class)
                .hasMessage("manifest '" + temporary + "' is a folder: give a .csv or .jsonl file");
    }

    @Test
    void aFolderListsItsImagesWithTheirSubFoldersAndLeavesOutHiddenOnesAndTheOutputFolder() throws Exception {
        Path photos = temporary.resolve("photos");
        for (String name : List.of("a.png", "b.JPG", "notes.txt", ".hidden.png", "2024/c.webp", ".cache/d.png",
                "out/old.png")) {
            Files.createDirectories(photos.resolve(name).getParent());
            Files.writeString(photos.resolve(name), "x");
        }

        assertThat(BatchItems.files(photos, null, photos.resolve("out"))).extracting(BatchInput::name)
                .containsExactly("2024/c.webp", "a.png", "b.JPG");
        assertThat(BatchItems.files(photos, "*.png", photos.resolve("out"))).extracting(BatchInput::name)
                .containsExactly("a.png");
        assertThat(BatchItems.files(photos, "2024/*")).extracting(BatchInput::name).containsExactly("2024/c.webp");
        assertThatThrownBy(() -> BatchItems.files(photos.resolve("a.png"), null))
                .hasMessageContaining("is not a folder");
    }

    @Test
    void aFolderHoldingAnEarlierBatchsOutputIsLeftOutUnlessTheGlobNamesIt() throws Exception {
        Path photos = temporary.resolve("photos");
        for (String name : List.of("a.png", "old/a.png", "old/.imgedit/journal.db", "2024/old/b.png",
                "2024/old/.imgedit/lock", "2024/c.png")) {
            Files.createDirectories(photos.resolve(name).getParent());
            Files.writeString(photos.resolve(name), "x");
        }

        assertThat(BatchItems.files(photos, null)).extracting(BatchInput::name).containsExactly("2024/c.png",
                "a.png");
        assertThat(BatchItems.earlierOutputFolders(photos, null)).containsExactly("2024/old", "old");
        assertThat(BatchItems.files(photos, "old/*.png")).extracting(BatchInput::name).containsExactly("old/a.png");
        assertThat(BatchItems.earlierOutputFolders(photos, "old/*.png")).containsExactly("2024/old");
        assertThat(BatchItems.files(photos, "*.png")).as("a glob of names names no folder")
                .extracting(BatchInput::name).containsExactly("2024/c.png", "a.png");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[       | the pattern '[' is malformed (missing ']' at index 0): write it like *.jpg, or 2024/**.png for paths under the folder",
        "{a,{b}} | the pattern '{a,{b}}' is malformed (cannot nest groups at index 3): write it like *.jpg, or 2024/**.png for paths under the folder"})
    void aMalformedGlobIsRefusedInOneLineSayingWhereAndHowToWriteOne(String glob, String message)
            throws Exception {
        Path photos = Files.createDirectories(temporary.resolve("photos"));

        assertThatThrownBy(() -> BatchItems.fromDirectory(photos, glob, "x"))
                .isInstanceOf(InvalidRequestException.class).hasMessage(message);
    }
}
