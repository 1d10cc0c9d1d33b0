package dev.imgedit;

import java.util.Objects;

/**
 * A request that passed {@link ProviderInfo#check}, with the model it runs on.
 *
 * @param model the model the request named, or the provider's default
 * @param request the request, its provider options in canonical form ({@code "true"}, {@code "3"})
 */
public record CheckedRequest(ModelInfo model, EditRequest request) {
    public CheckedRequest {
        Objects.requireNonNull(model, "model is null");
        Objects.requireNonNull(request, "request is null");
    }
}
