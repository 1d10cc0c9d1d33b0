package dev.imgedit.batch.internal.output;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.ImageType;
import dev.imgedit.batch.BatchInput;
import dev.imgedit.batch.BatchItem;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutputNamesTest {
    private static BatchItem item(BatchInput input, String outputName) {
        return new BatchItem(input, "snow", null, null, outputName, Map.of());
    }

    @Test
    void theStemIsTheOutputNameOrTheInputNameWithoutAnImageExtension() {
        Path root = Path.of("/photos");
        assertThat(OutputNames.wantedStem(item(BatchInput.file(root, root.resolve("2024/a.JPG")), null)))
                .isEqualTo("2024/a");
        assertThat(OutputNames.wantedStem(item(BatchInput.file(root, root.resolve("notes.v2.png")), null)))
                .isEqualTo("notes.v2");
        assertThat(OutputNames.wantedStem(item(BatchInput.file(root, root.resolve("a.png")), "catalogue/front.jpeg")))
                .isEqualTo("catalogue/front");
        assertThat(OutputNames.wantedStem(item(new BatchInput.Url(URI.create("https://h/p/side%20view.webp?x=1")),
                null))).isEqualTo("side_view");
        assertThat(OutputNames.wantedStem(item(new BatchInput.Url(URI.create("https://h/")), null)))
                .isEqualTo("image");
    }

    @Test
    void stemsAreMadeUniqueWithoutCaseAndPathsTakeTheFormatsExtension() {
        assertThat(OutputNames.unique("a", Set.of())).isEqualTo("a");
        assertThat(OutputNames.unique("A", Set.of("a", "a-2"))).isEqualTo("A-3");
        assertThat(OutputNames.path("shots/a", 0, ImageType.JPEG)).isEqualTo("shots/a.jpg");
        assertThat(OutputNames.path("shots/a", 1, ImageType.PNG)).isEqualTo("shots/a.2.png");
    }
}
