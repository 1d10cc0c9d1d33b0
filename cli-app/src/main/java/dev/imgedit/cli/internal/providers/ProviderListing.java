package dev.imgedit.cli.internal.providers;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.OptionInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.cli.internal.balance.BalanceLookup;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** Turns what factories say of themselves into the documents {@code imgedit providers} prints. */
final class ProviderListing {
    private ProviderListing() {}

    static ProviderDocuments.Provider describe(ImageEditProviderFactory factory, ProviderConfig config,
            boolean chosenByDefault) {
        ProviderInfo info = factory.info();
        BalanceLookup balance = BalanceLookup.of(factory, config);
        return new ProviderDocuments.Provider(
                info.id(),
                info.description(),
                info.offline(),
                factory.isConfigured(config),
                factory.secretNames().stream().sorted().toList(),
                chosenByDefault,
                info.defaultModel().id(),
                info.unlistedModels() != null,
                info.models().stream().map(ProviderListing::describe).toList(),
                balance.balance() == null ? null : new ProviderDocuments.Balance(balance.balance().amount(),
                        balance.balance().unit(), balance.balance().dollars()),
                balance.problem());
    }

    static String formatName(ImageType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static ProviderDocuments.Model describe(ModelInfo model) {
        return new ProviderDocuments.Model(
                model.id(),
                model.description(),
                model.aspectRatios().stream().sorted().map(AspectRatio::label).toList(),
                model.maxImages(),
                formats(model.inputTypes()),
                model.maxInputBytes(),
                model.maxInputPixels(),
                formats(model.outputFormats()),
                model.capabilities().stream().sorted().map(Capability::name).toList(),
                model.maxJobsInFlight(),
                model.options().stream().map(ProviderListing::describe).toList(),
                model.passesOtherOptions());
    }

    private static ProviderDocuments.Option describe(OptionInfo option) {
        return new ProviderDocuments.Option(option.name(), option.type().name().toLowerCase(Locale.ROOT),
                option.accepted(), option.description());
    }

    private static List<String> formats(Collection<ImageType> types) {
        return types.stream().sorted().map(ProviderListing::formatName).toList();
    }
}
