package dev.imgedit.batch.internal.engine;

import dev.imgedit.batch.BatchInput;
import dev.imgedit.batch.BatchItem;
import dev.imgedit.batch.internal.Json;
import dev.imgedit.batch.internal.Sha256;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The key that recognises an item across runs: the SHA-256 of everything that makes the edit what it is. The input
 * counts by its name and the hash of its bytes (a URL by itself), not by where the folder happens to be.
 *
 * <p>Journals keep these keys: a change to the fields or their order here makes every item of every existing batch
 * look new, and a rerun would pay for all of them again. Change it only with a journal version that rewrites them.
 */
final class ItemKeys {
    private ItemKeys() {}

    static String key(String provider, String model, BatchItem item, @Nullable String inputSha256) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("provider", provider);
        fields.put("model", model);
        fields.put("input", item.input().name());
        fields.put("input_kind", item.input() instanceof BatchInput.Url ? "url" : "file");
        fields.put("input_sha256", inputSha256);
        fields.put("prompt", item.prompt());
        fields.put("aspect_ratio", item.aspectRatio() == null ? null : item.aspectRatio().label());
        fields.put("seed", item.seed());
        fields.put("options", new TreeMap<>(item.providerOptions()));
        fields.put("output", item.outputName());
        return Sha256.of(Json.write(fields));
    }
}
