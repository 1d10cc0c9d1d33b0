package dev.imgedit.batch.internal;

import java.security.SecureRandom;

/** Short random ids for journal jobs, batches and track ids: lower-case letters and digits, none easily confused. */
public final class Ids {
    private static final char[] ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    /** 12 characters, 60 random bits: unique enough for one user's journal. */
    public static String newId() {
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }

    /** The id sent with a submit: names imgedit, the journal's job and a fresh random part, unique per submit. */
    public static String newTrackId(String journalId) {
        return "imgedit-" + journalId + "-" + newId();
    }
}
