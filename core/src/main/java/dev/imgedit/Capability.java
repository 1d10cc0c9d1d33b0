package dev.imgedit;

/** Optional features a provider may offer; callers check {@link ProviderInfo#capabilities()} before relying on one. */
public enum Capability {
    /** Accepts an http(s) URL as input. */
    URL_INPUT,
    /** Accepts image bytes as input (uploading them itself if the service needs a URL). */
    BYTES_INPUT,
    /** Honours {@link EditRequest#seed()}. */
    SEED,
    /** Can pick up a job by id in a new process ({@link ImageEditProvider#resume}). */
    RESUME_IN_NEW_PROCESS,
    /** Runs without a network or an account. */
    OFFLINE
}
