package dev.imgedit.batch.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.imgedit.AspectRatio;
import dev.imgedit.batch.BatchInput;
import dev.imgedit.batch.BatchItem;
import dev.imgedit.batch.internal.Sha256;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Journals keep item keys: they must stay what they are, or every rerun would pay for every item again. */
class ItemKeysTest {
    private static final BatchItem ITEM = new BatchItem(BatchInput.file(Path.of("/photos"), Path.of("/photos/a.png")),
            "make it snow", AspectRatio.R16_9, 7L, "out/a.png", Map.of("b", "2", "a", "1"));

    @Test
    void theKeyOfAnItemIsTheSameInEveryVersion() {
        String canonical = "{\"provider\":\"fake\",\"model\":\"fake-java2d\",\"input\":\"a.png\",\"input_kind\":"
                + "\"file\",\"input_sha256\":\"ab12\",\"prompt\":\"make it snow\",\"aspect_ratio\":\"16:9\",\"seed\":7,"
                + "\"options\":{\"a\":\"1\",\"b\":\"2\"},\"output\":\"out/a.png\"}";
        assertThat(ItemKeys.key("fake", "fake-java2d", ITEM, "ab12")).isEqualTo(Sha256.of(canonical))
                .isEqualTo("b4cbbe9a348a367214d5694c9d0b3135e346443d975562c350efdfd0eb85184f");
    }

    @Test
    void everyPartOfTheEditChangesTheKeyButWhereTheFolderIsDoesNot() {
        String key = ItemKeys.key("fake", "fake-java2d", ITEM, "ab12");
        assertThat(ItemKeys.key("fake", "fake-java2d", ITEM, "ab13")).isNotEqualTo(key);
        assertThat(ItemKeys.key("modelslab", "fake-java2d", ITEM, "ab12")).isNotEqualTo(key);
        assertThat(ItemKeys.key("fake", "fake-java2d", new BatchItem(ITEM.input(), "make it rain",
                ITEM.aspectRatio(), ITEM.seed(), ITEM.outputName(), ITEM.providerOptions()), "ab12")).isNotEqualTo(key);
        BatchItem moved = new BatchItem(BatchInput.file(Path.of("/elsewhere"), Path.of("/elsewhere/a.png")),
                ITEM.prompt(), ITEM.aspectRatio(), ITEM.seed(), ITEM.outputName(), Map.of("a", "1", "b", "2"));
        assertThat(ItemKeys.key("fake", "fake-java2d", moved, "ab12")).isEqualTo(key);
        BatchItem url = new BatchItem(new BatchInput.Url(URI.create("https://example.com/a.png")), ITEM.prompt(),
                null, null, null, Map.of());
        assertThat(ItemKeys.key("fake", "fake-java2d", url, null)).hasSize(64);
    }
}
