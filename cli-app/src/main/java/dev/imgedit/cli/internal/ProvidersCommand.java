package dev.imgedit.cli.internal;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.ImageEditProviders;
import dev.imgedit.ImageType;
import dev.imgedit.ProviderInfo;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code imgedit providers}: what is installed, described by the factories alone (no provider is opened). */
@Command(
        name = "providers",
        mixinStandardHelpOptions = true,
        description = {
            "List the installed providers: id, model, aspect ratios, and whether each is configured.",
            "A provider is installed by putting its jar in the lib/ folder, and removed by deleting it."
        })
public final class ProvidersCommand implements Callable<Integer> {
    private final CommandContext context;

    @ParentCommand
    private RootCommand root;

    @Option(names = "--json", description = "Print one JSON object on standard output.")
    private boolean json;

    public ProvidersCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        root.applyLogging();
        ImageEditProviders providers = ImageEditProviders.discover();
        ProviderConfig config = ProviderConfig.of(context.environment());
        String defaultId = defaultId(providers, config);
        List<JsonDocuments.Provider> entries = new ArrayList<>();
        for (ImageEditProviderFactory factory : providers.factories()) {
            entries.add(describe(factory, config, factory.id().equals(defaultId)));
        }
        if (json) {
            JsonPrinter.print(context.out(), new JsonDocuments.ProviderList(entries));
        } else {
            new ProviderTable(context.out()).print(entries);
        }
        if (entries.isEmpty()) {
            context.notice("no provider is installed: put a provider jar such as imgedit-provider-fake or "
                    + "imgedit-provider-modelslab in " + context.installationDirectoryOption()
                            .map(home -> home.resolve("lib").toString()).orElse("the CLI's lib/ folder"));
        }
        return ExitCode.SUCCESS.code();
    }

    private static JsonDocuments.Provider describe(ImageEditProviderFactory factory, ProviderConfig config,
            boolean chosenByDefault) {
        ProviderInfo info = factory.info();
        return new JsonDocuments.Provider(
                info.id(),
                info.description(),
                info.model(),
                info.aspectRatios().stream().sorted().map(AspectRatio::label).toList(),
                info.inputTypes().stream().sorted().map(ImageType::name).map(name -> name.toLowerCase(Locale.ROOT))
                        .toList(),
                info.maxInputBytes(),
                info.maxJobsInFlight(),
                info.capabilities().stream().sorted().map(Capability::name).toList(),
                factory.isConfigured(config),
                factory.secretNames().stream().sorted(Comparator.naturalOrder()).collect(Collectors.toList()),
                chosenByDefault);
    }

    /** Which provider 'edit' would use without --provider, or null when it could not choose. */
    private static @Nullable String defaultId(ImageEditProviders providers, ProviderConfig config) {
        try {
            return providers.factories().isEmpty() ? null : providers.choose(null, config).factory().id();
        } catch (ImageEditException e) {
            return null;
        }
    }
}
