package dev.imgedit.cli.internal;

import dev.imgedit.cli.internal.text.Columns;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The text form of {@code imgedit providers}: one aligned row per provider, description last. */
final class ProviderTable {
    private static final List<String> HEADINGS = List.of("ID", "DEFAULT", "CONFIGURED", "MODEL", "ASPECT RATIOS",
            "DESCRIPTION");

    private final PrintStream out;

    ProviderTable(PrintStream out) {
        this.out = out;
    }

    void print(List<JsonDocuments.Provider> providers) {
        if (providers.isEmpty()) {
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        for (JsonDocuments.Provider provider : providers) {
            rows.add(List.of(
                    provider.id(),
                    provider.chosenByDefault() ? "*" : "",
                    configured(provider),
                    provider.model(),
                    String.join(",", provider.aspectRatios()),
                    provider.description()));
        }
        Columns.lines(rows).forEach(out::println);
        out.flush();
    }

    private static String configured(JsonDocuments.Provider provider) {
        if (provider.configured()) {
            return "yes";
        }
        return provider.settings().isEmpty() ? "no" : "no (set " + String.join(" or ", provider.settings()) + ")";
    }
}
