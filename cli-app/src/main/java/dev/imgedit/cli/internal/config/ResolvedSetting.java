package dev.imgedit.cli.internal.config;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A setting's effective value and where it came from.
 *
 * @param value null when nothing sets it and the built-in default applies
 */
public record ResolvedSetting(Setting setting, @Nullable String value, SettingSource source) {
    public ResolvedSetting {
        Objects.requireNonNull(setting, "setting is null");
        Objects.requireNonNull(source, "source is null");
    }

    /** The value, or the default in words. */
    public String shown() {
        return value != null ? value : "(" + setting.defaultWords() + ")";
    }
}
