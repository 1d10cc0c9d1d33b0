package dev.imgedit.cli.internal.providers;

import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.ExitCode;
import dev.imgedit.cli.internal.JsonPrinter;
import dev.imgedit.cli.internal.RootCommand;
import dev.imgedit.discovery.Fallback;
import dev.imgedit.discovery.ImageEditProviders;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code imgedit providers}: what is installed, described by the factories alone (no provider is opened). */
@Command(
        name = "providers",
        mixinStandardHelpOptions = true,
        description = {
            "List the installed providers, whether each is configured, and their models with what each accepts.",
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
        List<ProviderDocuments.Provider> entries = new ArrayList<>();
        for (ImageEditProviderFactory factory : providers.factories()) {
            entries.add(ProviderListing.describe(factory, config, factory.id().equals(defaultId)));
        }
        if (json) {
            JsonPrinter.print(context.out(), new ProviderDocuments.ProviderList(entries));
        } else {
            new ProviderTable(context.out()).print(entries);
        }
        if (entries.isEmpty()) {
            context.notice("no provider is installed: put a provider jar such as imgedit-provider-fake or "
                    + "imgedit-provider-modelslab in " + context.libraryFolder());
        }
        return ExitCode.SUCCESS.code();
    }

    /** Which provider 'edit' would use without --provider, or null when it could not choose. */
    private static @Nullable String defaultId(ImageEditProviders providers, ProviderConfig config) {
        try {
            return providers.factories().isEmpty() ? null : providers.choose(null, config, Fallback.OFFLINE).id();
        } catch (ImageEditException e) {
            return null;
        }
    }
}
