package dev.imgedit.bfl.testserver;

/**
 * What a task's signed image URL serves.
 *
 * @param kind the behaviour
 * @param count how many times the first answer is given before the image, for the kinds that say so
 * @param size the body size of the oversized kinds, or where {@link Kind#REDIRECT_TO} points is in {@code location}
 * @param location the redirect target of {@link Kind#REDIRECT_TO}
 */
public record Output(Kind kind, int count, long size, String location) {

    public enum Kind {
        /** The image the task made, in the format asked for. */
        IMAGE,
        /** An HTML page served as image/png. */
        NOT_AN_IMAGE,
        /** {@code size} bytes starting like a PNG, declared in {@code Content-Length}. */
        OVERSIZED_DECLARED,
        /** {@code size} bytes starting like a PNG, chunked: the size shows only while reading. */
        OVERSIZED_CHUNKED,
        /** 403, as an expired signature, {@code count} times, then the image. */
        REFUSED_FIRST,
        /** 500 {@code count} times, then the image. */
        FAILING_FIRST,
        /** A redirect to {@code location}. */
        REDIRECT_TO
    }

    public static Output image() {
        return new Output(Kind.IMAGE, 0, 0, "");
    }

    public static Output notAnImage() {
        return new Output(Kind.NOT_AN_IMAGE, 0, 0, "");
    }

    public static Output oversizedDeclared(long size) {
        return new Output(Kind.OVERSIZED_DECLARED, 0, size, "");
    }

    public static Output oversizedChunked(long size) {
        return new Output(Kind.OVERSIZED_CHUNKED, 0, size, "");
    }

    public static Output refusedFirst(int count) {
        return new Output(Kind.REFUSED_FIRST, count, 0, "");
    }

    public static Output failingFirst(int count) {
        return new Output(Kind.FAILING_FIRST, count, 0, "");
    }

    public static Output redirectTo(String location) {
        return new Output(Kind.REDIRECT_TO, 0, 0, location);
    }
}
