package dev.imgedit.cli.internal.session;

import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.config.ApiKeyFile;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options that choose the provider and where its key comes from: {@code edit}, {@code fetch}, {@code batch}. */
public final class ProviderOptions {
    @Option(names = "--provider", paramLabel = "ID",
            description = "The provider to use (see 'imgedit providers'). Default: IMGEDIT_PROVIDER, else a "
                    + "configured online provider, else the offline one.")
    private @Nullable String provider;

    @Option(names = "--api-key-file", paramLabel = "FILE",
            description = "Read the provider's API key from the first line of FILE (keep it chmod 600). "
                    + "Default: the provider's environment variable, such as MODELSLAB_API_KEY.")
    private @Nullable String apiKeyFile;

    public @Nullable String provider() {
        return provider;
    }

    /** The {@code --api-key-file} path as given (never the key), to repeat in a command printed for later. */
    public @Nullable String apiKeyFile() {
        return apiKeyFile;
    }

    /** The key from {@code --api-key-file}, or null when the environment is to supply it. */
    public @Nullable String apiKey(CommandContext context) {
        return apiKeyFile == null ? null : ApiKeyFile.read(apiKeyFile, context);
    }
}
