package dev.imgedit.util;

import dev.imgedit.exception.InvalidRequestException;
import java.math.BigInteger;

/** Seeds as people write them, checked in one set of words wherever they are read. */
public final class Seeds {
    private Seeds() {}

    /**
     * A whole number from 0 to {@link Long#MAX_VALUE}.
     *
     * @param subject names the value at the start of a message, such as {@code --seed} or {@code line 3: seed}
     * @param example the fix's example, such as {@code --seed 42}
     * @throws InvalidRequestException saying what is wrong and how to write it
     */
    public static long parse(String subject, String text, String example) {
        BigInteger value;
        try {
            value = new BigInteger(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(subject + " '" + text + "' is not a whole number: give 0 or more, such "
                    + "as " + example);
        }
        if (value.signum() < 0) {
            throw new InvalidRequestException(subject + " must be zero or positive, got " + value + ": give 0 or "
                    + "more, such as " + example);
        }
        if (value.bitLength() > 63) {
            throw new InvalidRequestException(subject + " " + value + " is too large: give a whole number from 0 to "
                    + Long.MAX_VALUE);
        }
        return value.longValue();
    }
}
