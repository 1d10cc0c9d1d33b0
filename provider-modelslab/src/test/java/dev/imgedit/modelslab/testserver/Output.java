package dev.imgedit.modelslab.testserver;

/**
 * What the server serves at a job's output URL.
 *
 * @param kind the behaviour
 * @param count redirects or 404s before the image, for {@link Kind#REDIRECTS} and {@link Kind#MISSING_FIRST}
 * @param location where {@link Kind#REDIRECT_TO} points
 * @param size the body size of {@link Kind#OVERSIZED}
 */
public record Output(Kind kind, int count, String location, long size) {

    public enum Kind {
        /** A PNG in the requested aspect ratio (1:1 when none was asked for). */
        PNG,
        JPEG,
        /** An HTML page served as image/png. */
        NOT_AN_IMAGE,
        /** A body of {@code size} bytes starting like a PNG, chunked: its size shows only while reading. */
        OVERSIZED,
        /** A body of {@code size} bytes starting like a PNG, its size declared in {@code Content-Length}. */
        OVERSIZED_DECLARED,
        /** A 64x48 PNG of one colour that names the job: {@link #stampOf(String)}. */
        STAMPED,
        /** {@code count} redirects (302) to the same file, then the PNG. */
        REDIRECTS,
        /** One redirect to {@code location}. */
        REDIRECT_TO,
        /** 404 for the first {@code count} requests, then the PNG. */
        MISSING_FIRST,
        /** The PNG as base64 text, as ModelsLab's base64 option serves it. */
        BASE64_TEXT
    }

    public static Output png() {
        return new Output(Kind.PNG, 0, "", 0);
    }

    public static Output jpeg() {
        return new Output(Kind.JPEG, 0, "", 0);
    }

    public static Output notAnImage() {
        return new Output(Kind.NOT_AN_IMAGE, 0, "", 0);
    }

    public static Output oversized(long size) {
        return new Output(Kind.OVERSIZED, 0, "", size);
    }

    public static Output oversizedDeclared(long size) {
        return new Output(Kind.OVERSIZED_DECLARED, 0, "", size);
    }

    /** An image that tells which job it belongs to, for checking that each caller got its own. */
    public static Output stamped() {
        return new Output(Kind.STAMPED, 0, "", 0);
    }

    /** The RGB colour of every pixel of job {@code jobId}'s {@link #stamped()} output. */
    public static int stampOf(String jobId) {
        return jobId.hashCode() & 0xFFFFFF;
    }

    public static Output redirects(int count) {
        return new Output(Kind.REDIRECTS, count, "", 0);
    }

    public static Output redirectTo(String location) {
        return new Output(Kind.REDIRECT_TO, 1, location, 0);
    }

    public static Output missingFirst(int count) {
        return new Output(Kind.MISSING_FIRST, count, "", 0);
    }

    public static Output base64Text() {
        return new Output(Kind.BASE64_TEXT, 0, "", 0);
    }
}
