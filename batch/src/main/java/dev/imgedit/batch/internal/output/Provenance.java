package dev.imgedit.batch.internal.output;

import dev.imgedit.ImageType;
import dev.imgedit.batch.JobRecord;
import dev.imgedit.batch.JobRequest;
import dev.imgedit.batch.internal.Json;
import dev.imgedit.batch.internal.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * Where an output came from, as one JSON object: the request, the provider, its ids and the hashes of input and
 * output. PNGs carry it in an {@code iTXt} chunk and JPEGs in a {@code COM} segment, both under the keyword
 * {@value #KEYWORD}; other formats get a sidecar file ({@value #SIDECAR_SUFFIX}). Never a key: nothing here comes
 * from a provider's settings.
 */
public final class Provenance {
    public static final String KEYWORD = "imgedit";
    public static final String SIDECAR_SUFFIX = ".imgedit.json";

    private final String json;

    private Provenance(String json) {
        this.json = json;
    }

    /**
     * @param receivedSha256 the SHA-256 of the image as the provider sent it, before this record was added to it
     */
    public static Provenance of(JobRecord job, String receivedSha256, Instant at) {
        JobRequest request = job.request();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("imgedit", Version.current());
        fields.put("created", at.truncatedTo(ChronoUnit.MILLIS).toString());
        fields.put("provider", request.provider());
        fields.put("model", request.model());
        fields.put("prompt", request.prompt());
        putIfSet(fields, "aspect_ratio", request.aspectRatio());
        putIfSet(fields, "seed", request.seed());
        fields.put("options", new TreeMap<>(request.options()));
        putIfSet(fields, "job_id", job.jobId());
        putIfSet(fields, "track_id", job.trackId());
        fields.put("journal_id", job.id());
        putIfSet(fields, "batch_id", job.batchId());
        fields.put("input", request.input());
        putIfSet(fields, "input_sha256", request.inputSha256());
        fields.put("output_sha256", receivedSha256);
        fields.put("result", new TreeMap<>(job.result()));
        return new Provenance(Json.write(fields));
    }

    public String json() {
        return json;
    }

    /** Whether images of this format carry the record inside them; others get a sidecar file. */
    public static boolean embeds(ImageType type) {
        return type != ImageType.WEBP;
    }

    /** The image with this record inside it, or null when it cannot take one (then write a sidecar). */
    public byte @Nullable [] embedIn(ImageType type, byte[] image) {
        return switch (type) {
            case PNG -> PngText.withText(image, KEYWORD, json);
            case JPEG -> JpegComment.withComment(image, json);
            case WEBP -> null;
        };
    }

    private static void putIfSet(Map<String, Object> fields, String name, @Nullable Object value) {
        if (value != null) {
            fields.put(name, value);
        }
    }
}
