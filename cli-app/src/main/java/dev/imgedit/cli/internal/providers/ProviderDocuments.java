package dev.imgedit.cli.internal.providers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The shapes of {@code providers --json}, documented in docs/cli.md. Absent values are left out, never null. */
public final class ProviderDocuments {
    private ProviderDocuments() {}

    /** What {@code providers --json} prints. */
    public record ProviderList(List<Provider> providers) {
        public ProviderList {
            providers = List.copyOf(providers);
        }
    }

    /**
     * One installed provider; {@code settings} are the names of its secret settings, never their values.
     * {@code unlistedModels} says whether model ids it does not list are sent as given.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"id", "description", "offline", "configured", "settings", "chosenByDefault",
            "defaultModel", "unlistedModels", "models", "balance", "balanceProblem"})
    public record Provider(
            String id,
            String description,
            boolean offline,
            boolean configured,
            List<String> settings,
            boolean chosenByDefault,
            String defaultModel,
            boolean unlistedModels,
            List<Model> models,
            @Nullable Balance balance,
            @Nullable String balanceProblem) {
        public Provider {
            settings = List.copyOf(settings);
            models = List.copyOf(models);
        }
    }

    /** What a configured account has left, as its service says; {@code dollars} where it gives a rate. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Balance(java.math.BigDecimal amount, String unit, java.math.@Nullable BigDecimal dollars) {}

    /** One model of a provider and what it accepts; formats are lower-case names such as {@code png}. */
    @JsonPropertyOrder({"id", "description", "aspectRatios", "maxImages", "inputTypes", "maxInputBytes",
            "maxInputPixels", "outputFormats", "capabilities", "maxJobsInFlight", "options", "passesOtherOptions"})
    public record Model(
            String id,
            String description,
            List<String> aspectRatios,
            int maxImages,
            List<String> inputTypes,
            long maxInputBytes,
            long maxInputPixels,
            List<String> outputFormats,
            List<String> capabilities,
            int maxJobsInFlight,
            List<Option> options,
            boolean passesOtherOptions) {}

    /** A provider-specific option, with what it accepts in words. */
    @JsonPropertyOrder({"name", "type", "accepted", "description"})
    public record Option(String name, String type, String accepted, String description) {}
}
