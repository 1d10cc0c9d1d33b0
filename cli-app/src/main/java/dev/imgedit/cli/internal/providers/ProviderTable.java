package dev.imgedit.cli.internal.providers;

import dev.imgedit.AccountBalance;
import dev.imgedit.cli.internal.text.Columns;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text form of {@code imgedit providers}: a line per provider, then its models as an aligned table, the default
 * model marked with {@code *}.
 */
final class ProviderTable {
    private static final List<String> MODEL_HEADINGS = List.of("MODEL", "IMAGES", "ASPECT RATIOS", "OUTPUT",
            "FEATURES", "OPTIONS");

    private final PrintStream out;

    ProviderTable(PrintStream out) {
        this.out = out;
    }

    void print(List<ProviderDocuments.Provider> providers) {
        for (ProviderDocuments.Provider provider : providers) {
            out.println(provider.id() + (provider.chosenByDefault() ? " (default)" : "") + ": "
                    + provider.description() + " [" + configured(provider) + "]");
            if (provider.balance() != null) {
                ProviderDocuments.Balance balance = provider.balance();
                out.println("  balance: " + new AccountBalance(balance.amount(), balance.unit(), balance.dollars()));
            } else if (provider.balanceProblem() != null) {
                out.println("  balance: unknown (" + provider.balanceProblem() + ")");
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(MODEL_HEADINGS);
            for (ProviderDocuments.Model model : provider.models()) {
                rows.add(List.of(
                        model.id() + (model.id().equals(provider.defaultModel()) ? " *" : ""),
                        Integer.toString(model.maxImages()),
                        model.aspectRatios().isEmpty() ? "as input" : String.join(",", model.aspectRatios()),
                        model.outputFormats().isEmpty() ? "its own" : String.join(",", model.outputFormats()),
                        features(model),
                        options(model)));
            }
            printAligned(rows);
            if (provider.unlistedModels()) {
                out.println("  other model ids are sent as given, with the default model's limits");
            }
        }
        out.flush();
    }

    private void printAligned(List<List<String>> rows) {
        Columns.lines(rows).forEach(line -> out.println(("  " + line).stripTrailing()));
    }

    private static String features(ProviderDocuments.Model model) {
        List<String> features = new ArrayList<>();
        for (String capability : model.capabilities()) {
            features.add(switch (capability) {
                case "URL_INPUT" -> "url";
                case "BYTES_INPUT" -> "file";
                case "SEED" -> "seed";
                case "RESUME_IN_NEW_PROCESS" -> "resume";
                default -> capability.toLowerCase(Locale.ROOT);
            });
        }
        return String.join(",", features);
    }

    private static String options(ProviderDocuments.Model model) {
        List<String> names = new ArrayList<>();
        model.options().forEach(option -> names.add(option.name()));
        if (model.passesOtherOptions()) {
            names.add("any");
        }
        return names.isEmpty() ? "-" : String.join(",", names);
    }

    private static String configured(ProviderDocuments.Provider provider) {
        if (provider.configured()) {
            return provider.offline() ? "offline, ready" : "configured";
        }
        return provider.settings().isEmpty() ? "not configured"
                : "not configured: set " + String.join(" or ", provider.settings());
    }
}
