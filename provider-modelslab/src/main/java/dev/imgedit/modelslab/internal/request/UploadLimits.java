package dev.imgedit.modelslab.internal.request;

/**
 * The size limit of {@code POST /api/v6/base64_to_url}, the only way ModelsLab documents to turn local bytes into a
 * URL it accepts. Its docs say "supports max 5MB uploads" without saying whether the 5 MB count the file or the
 * base64 text sent, nor whether MB is 10^6 or 2^20. The reading that allows least is taken: 5,000,000 characters
 * for the whole request. Base64 turns 3 bytes into 4 characters, so a file of {@value #MAX_INPUT_BYTES} bytes
 * becomes 4,933,336 characters, leaving room for the {@code data:image/...;base64,} prefix and the JSON around it.
 */
public final class UploadLimits {
    /** The largest image file imgedit uploads. */
    static final long MAX_INPUT_BYTES = 3_700_000;

    private UploadLimits() {}

    /** The length of the base64 text for {@code bytes} bytes. */
    public static long base64Length(long bytes) {
        return (bytes + 2) / 3 * 4;
    }
}
