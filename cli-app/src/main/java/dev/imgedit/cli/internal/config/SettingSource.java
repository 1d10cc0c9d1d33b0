package dev.imgedit.cli.internal.config;

import java.util.Objects;

/**
 * Where a setting's value came from, in words fit for {@code imgedit config show}.
 *
 * @param kind which layer gave it
 * @param description such as {@code IMGEDIT_TIMEOUT} or {@code profile 'work' in ~/.config/imgedit/config.properties}
 */
public record SettingSource(Kind kind, String description) {

    /** The layers, highest first. Flags are picocli's to apply, so no setting read here comes from one. */
    public enum Kind {
        FLAG,
        ENVIRONMENT,
        PROFILE,
        DEFAULT
    }

    public static final SettingSource DEFAULT = new SettingSource(Kind.DEFAULT, "default");

    public SettingSource {
        Objects.requireNonNull(kind, "kind is null");
        Objects.requireNonNull(description, "description is null");
    }

    public static SettingSource environment(String variable) {
        return new SettingSource(Kind.ENVIRONMENT, "environment " + variable);
    }

    @Override
    public String toString() {
        return description;
    }
}
