package dev.imgedit.cli.internal.config;

import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.cli.internal.config.ApiKeyReference;
import dev.imgedit.cli.internal.config.Configuration;
import dev.imgedit.cli.internal.config.Setting;
import dev.imgedit.spi.ImageEditProviderFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies the config file to a run: its settings fill in the environment variables that are not set, and the key it
 * names goes to the provider it is for, unless the environment already gives that provider a key. Everything
 * downstream (core choosing the provider, {@code providers}, the options' defaults) then sees one environment.
 */
public final class ConfiguredContext {
    private ConfiguredContext() {}

    public static CommandContext apply(CommandContext context, Configuration configuration) {
        Map<String, String> environment = new HashMap<>(context.environment());
        configuration.environmentDefaults().forEach(environment::putIfAbsent);
        ApiKeyReference key = configuration.apiKey();
        if (key == null) {
            return context.configured(environment, configuration);
        }
        List<String> names = secretNames(environment);
        if (names.stream().allMatch(configuration::isSet)) {
            return context.configured(environment, configuration);
        }
        try {
            String secret = key.file() != null ? ApiKeyFile.read(key.file().toString(), context)
                    : Objects.requireNonNull(key.inline()).reveal();
            names.forEach(name -> environment.putIfAbsent(name, secret));
            return context.configured(environment, configuration);
        } catch (CliException e) {
            return context.configured(environment, configuration.withProblem(e.getMessage() + " (named by "
                    + key.source() + ")"));
        }
    }

    /**
     * Where the key goes: the first secret setting of the provider the settings name, or when they name none, of each
     * online provider (as {@code --api-key-file} does, so that a configured one gets chosen).
     */
    private static List<String> secretNames(Map<String, String> environment) {
        ImageEditProviders providers = ImageEditProviders.discover();
        String named = environment.get(Setting.PROVIDER.variable());
        List<ImageEditProviderFactory> owners = named != null && providers.find(named.strip()).isPresent()
                ? List.of(providers.factory(named.strip()))
                : providers.factories().stream().filter(factory -> !factory.info().offline())
                        .toList();
        return owners.stream().flatMap(factory -> factory.secretNames().stream().sorted().limit(1)).toList();
    }
}
