package dev.imgedit.cli.internal.config;

/** How a key is shown when a person must recognise it: the last four characters of a long key, nothing more. */
public final class SecretMask {
    /** Shorter keys are shown as stars alone: four characters would be too large a part of them. */
    private static final int SHOWN_FROM_LENGTH = 16;

    private SecretMask() {}

    public static String mask(String secret) {
        String key = secret.strip();
        return key.length() < SHOWN_FROM_LENGTH ? "****" : "****" + key.substring(key.length() - 4);
    }
}
