package dev.imgedit.cli.internal.config;

import dev.imgedit.AspectRatio;
import dev.imgedit.util.Durations;
import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A default a user sets once: its key in the config file, the option that overrides it for one run, and the
 * environment variable in between. The table of docs/cli.md ("Settings and where they come from") lists the same.
 */
public enum Setting {
    PROVIDER("provider", "--provider", "IMGEDIT_PROVIDER",
            "a configured online provider, else the offline one"),
    MODEL("model", "--model", "IMGEDIT_MODEL", "the provider's default model"),
    TIMEOUT("timeout", "--timeout", "IMGEDIT_TIMEOUT", "5m"),
    OUTPUT_DIR("output-dir", "--output-dir", "IMGEDIT_OUTPUT_DIR",
            "next to the input ('fetch': the current directory)"),
    ASPECT_RATIO("aspect-ratio", "--aspect-ratio", "IMGEDIT_ASPECT_RATIO", "the provider's default");

    private final String key;
    private final String option;
    private final String variable;
    private final String defaultWords;

    Setting(String key, String option, String variable, String defaultWords) {
        this.key = key;
        this.option = option;
        this.variable = variable;
        this.defaultWords = defaultWords;
    }

    /** The key in the config file, such as {@code output-dir}. */
    public String key() {
        return key;
    }

    /** The command-line option, such as {@code --output-dir}. */
    public String option() {
        return option;
    }

    /** The environment variable, such as {@code IMGEDIT_OUTPUT_DIR}. */
    public String variable() {
        return variable;
    }

    /** What applies when nothing sets it, in words. */
    public String defaultWords() {
        return defaultWords;
    }

    /** Whether the value is a path, resolved against the config file's folder when written there. */
    boolean isPath() {
        return this == OUTPUT_DIR;
    }

    public static @Nullable Setting forKey(String key) {
        return Arrays.stream(values()).filter(setting -> setting.key.equals(key)).findFirst().orElse(null);
    }

    public static @Nullable Setting forOption(String option) {
        return Arrays.stream(values()).filter(setting -> setting.option.equals(option)).findFirst().orElse(null);
    }

    /**
     * Why {@code value} cannot be used, as a sentence starting with {@code name} (where the value was written), or
     * null when it can. Checked when the settings are read, so a bad value is reported with where it came from
     * rather than as if it had been typed.
     */
    @Nullable String problemWith(String name, String value) {
        if (value.isBlank()) {
            return name + " is empty: remove it or give a value";
        }
        try {
            switch (this) {
                case TIMEOUT -> Durations.parse(name, value);
                case ASPECT_RATIO -> AspectRatio.parse(value);
                case PROVIDER -> {
                    if (!value.strip().toLowerCase(Locale.ROOT).matches("[a-z0-9][a-z0-9._-]*")) {
                        return name + " '" + value + "' is not a provider id: see 'imgedit providers'";
                    }
                }
                default -> { }
            }
        } catch (RuntimeException e) {
            // Durations.parse names what it parsed; the aspect ratio's message does not.
            return this == TIMEOUT ? e.getMessage() : name + ": " + e.getMessage();
        }
        return null;
    }
}
