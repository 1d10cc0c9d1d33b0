package dev.imgedit.modelslab.internal.transfer;

import dev.imgedit.exception.JobFailedException;
import dev.imgedit.modelslab.internal.request.UploadLimits;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/** Outputs that arrive as base64 text instead of image bytes: {@code data:} URIs and ModelsLab's .base64 files. */
final class DataUris {
    private static final int PREVIEW_BYTES = 16;

    private DataUris() {}

    /** The bytes of a {@code data:...;base64,...} URI. */
    static byte[] decode(String dataUri, long maxBytes, String jobId) {
        int comma = dataUri.indexOf(',');
        if (comma < 0 || !dataUri.substring(0, comma).toLowerCase(Locale.ROOT).endsWith(";base64")) {
            throw new JobFailedException("ModelsLab job " + jobId + " gave an output data URI that is not base64",
                    jobId, null);
        }
        return decodeBase64Text(dataUri.substring(comma + 1).getBytes(StandardCharsets.US_ASCII), maxBytes)
                .orElseThrow(() -> new JobFailedException("ModelsLab job " + jobId + " gave an output data URI "
                        + "that is not valid base64 or is over " + maxBytes + " bytes", jobId, null));
    }

    /** The decoded bytes when {@code text} is base64 (optionally a data URI), else empty. */
    static Optional<byte[]> decodeBase64Text(byte[] text, long maxBytes) {
        String content = new String(text, StandardCharsets.US_ASCII).strip();
        if (content.startsWith("data:")) {
            int comma = content.indexOf(',');
            content = comma < 0 ? "" : content.substring(comma + 1);
        }
        if (content.isEmpty() || UploadLimits.base64Length(maxBytes) < content.length() - 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(Base64.getMimeDecoder().decode(content));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The first bytes, printable, for a message about what was received instead of an image. */
    static String preview(byte[] bytes) {
        StringBuilder text = new StringBuilder("'");
        for (int i = 0; i < Math.min(bytes.length, PREVIEW_BYTES); i++) {
            int value = bytes[i] & 0xFF;
            text.append(value >= 0x20 && value < 0x7F ? String.valueOf((char) value) : String.format("\\x%02x", value));
        }
        return text.append(bytes.length > PREVIEW_BYTES ? "…'" : "'").toString();
    }

    /** A URL for a message: data URIs shortened to their media type. */
    static String describe(URI url) {
        String text = url.toString();
        if ("data".equalsIgnoreCase(url.getScheme())) {
            int comma = text.indexOf(',');
            return (comma < 0 ? "data:" : text.substring(0, comma + 1)) + "…";
        }
        return text;
    }
}
