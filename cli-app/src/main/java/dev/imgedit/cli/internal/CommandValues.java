package dev.imgedit.cli.internal;

import dev.imgedit.AspectRatio;
import dev.imgedit.batch.JournaledEdit;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.util.Seeds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Values typed on the command line that {@code edit} and {@code batch} share, parsed here rather than by picocli so
 * that each mistake gets one line naming the option and the fix.
 */
public final class CommandValues {
    private CommandValues() {}

    /** {@code --seed}: a whole number from 0 to {@link Long#MAX_VALUE}, or null when not given. */
    public static @Nullable Long seed(@Nullable String text) {
        if (text == null) {
            return null;
        }
        try {
            return Seeds.parse("--seed", text, "--seed 42");
        } catch (InvalidRequestException e) {
            throw CliException.invalid(e.getMessage());
        }
    }

    /**
     * A count given to {@code option}: a whole number of 1 or more.
     *
     * @param example what the fix suggests, such as {@code --limit 50}
     */
    public static int atLeastOne(String option, String text, String example) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Said below, as for a number below 1.
        }
        throw CliException.invalid(option + " '" + text + "' is not a whole number of 1 or more: give one such as "
                + example);
    }

    /** {@code --aspect-ratio}, or null when not given. */
    public static @Nullable AspectRatio aspectRatio(@Nullable String text) {
        return text == null ? null : AspectRatio.parse(text);
    }

    /** {@code --option KEY=VALUE}, repeated; picocli's own message for a missing '=' would name the option twice. */
    public static Map<String, String> providerOptions(List<String> texts) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String text : texts) {
            int equals = text.indexOf('=');
            if (equals <= 0 || text.substring(0, equals).isBlank()) {
                throw CliException.invalid("--option '" + text + "' is not KEY=VALUE: write it like "
                        + "--option quality=high");
            }
            options.put(text.substring(0, equals).strip(), text.substring(equals + 1));
        }
        // Batch's rules, before anything is journaled: no secret in the journal, no track id but imgedit's own.
        JournaledEdit.checkProviderOptions(options);
        return options;
    }
}
