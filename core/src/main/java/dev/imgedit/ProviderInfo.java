package dev.imgedit;

import dev.imgedit.exception.UnsupportedFeatureException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * What a provider is and which models it serves, known without opening it (no key, no network).
 *
 * @param id the id used to choose it, such as {@code modelslab}
 * @param description one line for listings
 * @param offline whether it runs without a network or an account (such as the fake provider); an application that
 *     asks for an offline fallback gets one of these
 * @param models the models it serves, the default first
 * @param unlistedModels the capabilities assumed for a model id not in {@code models}, which the provider then
 *     sends as given; null when such ids are refused
 */
public record ProviderInfo(
        String id, String description, boolean offline, List<ModelInfo> models, @Nullable ModelInfo unlistedModels) {

    public ProviderInfo {
        Objects.requireNonNull(id, "id is null");
        Objects.requireNonNull(description, "description is null");
        models = List.copyOf(models);
        if (id.isBlank() || id.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("a provider id is one word, got '" + id + "'");
        }
        if (models.isEmpty()) {
            throw new IllegalArgumentException("provider " + id + " serves no model");
        }
        if (models.stream().map(ModelInfo::id).distinct().count() != models.size()) {
            throw new IllegalArgumentException("provider " + id + " lists a model twice");
        }
    }

    /** An online provider serving {@code models}, the first being the default, and no other. */
    public static ProviderInfo online(String id, String description, List<ModelInfo> models) {
        return new ProviderInfo(id, description, false, models, null);
    }

    /** An offline provider serving {@code models}, the first being the default, and no other. */
    public static ProviderInfo offline(String id, String description, List<ModelInfo> models) {
        return new ProviderInfo(id, description, true, models, null);
    }

    /** A copy that sends model ids it does not list as given, assuming {@code capabilities} for them. */
    public ProviderInfo withUnlistedModels(ModelInfo capabilities) {
        return new ProviderInfo(id, description, offline, models, capabilities);
    }

    /** The model used when a request names none. */
    public ModelInfo defaultModel() {
        return models.get(0);
    }

    /** The listed model with this id. */
    public Optional<ModelInfo> findModel(String modelId) {
        return models.stream().filter(model -> model.id().equals(modelId)).findFirst();
    }

    /**
     * The model a request with this model id runs on: the default for null, a listed one, or, where the provider
     * takes unlisted ids, the assumed capabilities under that id.
     *
     * @throws UnsupportedFeatureException listing the models when the id is unknown and unlisted ids are refused
     */
    public ModelInfo model(@Nullable String modelId) {
        if (modelId == null) {
            return defaultModel();
        }
        Optional<ModelInfo> listed = findModel(modelId);
        if (listed.isPresent()) {
            return listed.get();
        }
        if (unlistedModels != null) {
            return unlistedModels.withId(modelId);
        }
        throw new UnsupportedFeatureException("provider " + id + " has no model '" + modelId + "': it serves "
                + models.stream().map(ModelInfo::id).collect(Collectors.joining(", ")));
    }

    /** Whether {@code modelId} is none of the listed models (a provider taking unlisted ids sends it as given). */
    public boolean isUnlisted(@Nullable String modelId) {
        return modelId != null && findModel(modelId).isEmpty();
    }

    /**
     * Holds {@code request} against the model it names: its images, ratio, seed, output format and options. Every
     * provider calls this first in {@link ImageEditProvider#submit}, so an unsupported request fails before any I/O.
     *
     * @return the model and the request with its options in canonical form
     * @throws UnsupportedFeatureException naming the option, the model and what the model accepts
     * @throws dev.imgedit.exception.InvalidRequestException when an input is over a limit or an option's value is
     *     out of range
     */
    public CheckedRequest check(EditRequest request) {
        ModelInfo model = model(request.model());
        return new CheckedRequest(model, RequestCheck.check(id, model, request));
    }
}
