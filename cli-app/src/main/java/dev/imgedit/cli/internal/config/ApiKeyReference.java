package dev.imgedit.cli.internal.config;

import dev.imgedit.spi.Secret;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The API key a config file names: a file holding it ({@code api-key-file}), or the key itself ({@code api-key}),
 * which is accepted only from a file no one else can read. Exactly one of the two is set.
 *
 * @param file the key file, absolute
 * @param inline the key written in the config file
 * @param source the profile or file section that set it
 */
public record ApiKeyReference(@Nullable Path file, @Nullable Secret inline, SettingSource source) {
    public ApiKeyReference {
        Objects.requireNonNull(source, "source is null");
        if ((file == null) == (inline == null)) {
            throw new IllegalArgumentException("exactly one of file and inline is set");
        }
    }

    /** Where the key comes from, never the key: {@code api-key-file /path (profile 'work' ...)}. */
    public String describe() {
        return file != null
                ? "api-key-file " + file + " (" + source + ")"
                : "api-key written in the config file (" + source + ")";
    }

    @Override
    public String toString() {
        return "ApiKeyReference[" + describe() + "]";
    }
}
