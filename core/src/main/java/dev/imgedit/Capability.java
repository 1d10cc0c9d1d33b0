package dev.imgedit;

/** Optional features a model may offer; callers check {@link ModelInfo#supports(Capability)} before relying on one. */
public enum Capability {
    /** Accepts an http(s) URL as an input image, which the service fetches itself. */
    URL_INPUT,
    /** Accepts image bytes as input (uploading them itself if the service needs a URL). */
    BYTES_INPUT,
    /** Honours {@link EditRequest#seed()}: the same request with the same seed gives the same image. */
    SEED,
    /** Can pick up a job by id in a new process ({@link ImageEditProvider#resume}). */
    RESUME_IN_NEW_PROCESS
}
