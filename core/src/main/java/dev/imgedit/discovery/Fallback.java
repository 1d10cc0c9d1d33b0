package dev.imgedit.discovery;

/** What {@link ImageEditProviders#choose} does when no provider is named and no online provider is configured. */
public enum Fallback {
    /** Fail: an application that lost its key should not quietly edit with a fake. */
    NONE,
    /**
     * Use an installed offline provider ({@code fake} when installed, else the first offline one by id), and say so
     * in {@link ProviderChoice#reason()}: for demos, tools and tests.
     */
    OFFLINE
}
