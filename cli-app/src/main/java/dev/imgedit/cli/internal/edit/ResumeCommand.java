package dev.imgedit.cli.internal.edit;

import dev.imgedit.cli.internal.config.ProfileSelection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The exact {@code imgedit fetch} command that finishes a job, ready to paste into a shell.
 *
 * @param jobId the provider's job id
 * @param providerId the provider that has the job
 * @param output the {@code -o} value to repeat, or null
 * @param format the {@code --format} value to repeat, or null
 * @param apiKeyFile the {@code --api-key-file} value to repeat (a path, never the key), or null
 * @param profile the {@code --profile} to repeat, whose settings (a key, say) the job may need, or null
 */
public record ResumeCommand(
        String jobId, String providerId, @Nullable String output, @Nullable String format,
        @Nullable String apiKeyFile, @Nullable String profile) {

    private static final Pattern NEEDS_NO_QUOTES = Pattern.compile("[A-Za-z0-9_./:@%+=,-]+");

    public ResumeCommand {
        Objects.requireNonNull(jobId, "jobId is null");
        Objects.requireNonNull(providerId, "providerId is null");
    }

    /** The same command with {@code --profile} when the run chose its profile with it (IMGEDIT_PROFILE stays set). */
    public ResumeCommand withProfile(ProfileSelection selection) {
        return selection.name() != null && selection.source().equals(ProfileSelection.OPTION)
                ? new ResumeCommand(jobId, providerId, output, format, apiKeyFile, selection.name()) : this;
    }

    @Override
    public String toString() {
        List<String> words = new ArrayList<>(List.of("imgedit", "fetch", quote(jobId), "--provider", quote(providerId)));
        if (output != null) {
            words.add("-o");
            words.add(quote(output));
        }
        if (format != null) {
            words.add("--format");
            words.add(quote(format));
        }
        if (apiKeyFile != null) {
            words.add("--api-key-file");
            words.add(quote(apiKeyFile));
        }
        if (profile != null) {
            words.add(ProfileSelection.OPTION);
            words.add(quote(profile));
        }
        return String.join(" ", words);
    }

    /** POSIX shell quoting: plain words stay as they are, anything else goes in single quotes. */
    static String quote(String word) {
        if (NEEDS_NO_QUOTES.matcher(word).matches() && !word.startsWith("-")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
