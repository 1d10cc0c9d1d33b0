package dev.imgedit.fake.internal.job;

import dev.imgedit.fake.RecordedImage;
import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Fake job ids, {@code fake-<12 random characters>-<8 hex digits of the SHA-256 of the result>}, such as
 * {@code fake-7k2m9q4wzx0c-1da3dab7}: unique across processes and runs (60 random bits), short, and safe in a shell
 * and in a file name. An id is checked against {@link #JOB_ID} before it is used for anything, above all before it
 * names a file.
 */
public final class JobIds {
    /** Lower-case Crockford base 32: digits and letters without i, l, o and u, so nothing is misread or spelled. */
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final int RANDOM_CHARACTERS = 12;
    private static final Pattern JOB_ID = Pattern.compile("fake-[0-9a-hjkmnp-tv-z]{12}-[0-9a-f]{8}");
    private static final int MAX_SHOWN = 60;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What an id looks like, for messages. */
    public static final String EXAMPLE = "fake-7k2m9q4wzx0c-1da3dab7";

    private JobIds() {}

    public static String newId(byte[] content) {
        return "fake-" + randomToken(RANDOM_CHARACTERS) + "-" + sha256(content).substring(0, 8);
    }

    /** The SHA-256 of {@code content} in lower-case hex: the end of its job's id, and its checksum on disk. */
    public static String sha256(byte[] content) {
        return RecordedImage.sha256(content);
    }

    /** The id a submit is sent with, for {@link dev.imgedit.exception.OutcomeUnknownException#trackId()}. */
    public static String newTrackId() {
        return "fake-track-" + randomToken(RANDOM_CHARACTERS);
    }

    /** Random characters of the id alphabet, for ids and for the names of temporary files. */
    public static String randomToken(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        char[] token = new char[length];
        for (int i = 0; i < length; i++) {
            token[i] = ALPHABET[bytes[i] & 0x1F];
        }
        return new String(token);
    }

    /** Whether {@code text} is exactly a fake job id: nothing else may name a job's files. */
    public static boolean isJobId(String text) {
        return JOB_ID.matcher(text).matches();
    }

    /** {@code text} fit to be quoted in a message: printable, one line, not too long. */
    public static String shown(String text) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(MAX_SHOWN).forEach(c -> shown.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > MAX_SHOWN ? shown + "..." : shown.toString();
    }
}
