package dev.imgedit.cli.internal.config;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Gives an option that was not typed its setting's value from the environment or the config file
 * ({@link Configuration#setting}): so a flag beats the environment, which beats the profile, which beats the
 * built-in default, without the option classes knowing any of it.
 *
 * <p>{@code --provider} is left out: core reads {@code IMGEDIT_PROVIDER} (which the config file fills in when unset)
 * itself, and says why it chose.
 */
public final class SettingDefaults implements IDefaultValueProvider {
    private final Configuration configuration;

    public SettingDefaults(Configuration configuration) {
        this.configuration = configuration;
    }

    @Override
    public @Nullable String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option)) {
            return null;
        }
        Setting setting = Setting.forOption(option.longestName());
        return setting == null || setting == Setting.PROVIDER ? null : configuration.setting(setting).value();
    }

    /** Named for picocli's trace output, which would otherwise print this object's identity. */
    @Override
    public String toString() {
        return "the environment and the config file";
    }
}
