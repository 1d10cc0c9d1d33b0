package dev.imgedit.modelslab.testserver;

import dev.imgedit.testkit.http.Endpoint;

/** The ModelsLab calls a {@link dev.imgedit.testkit.http.FaultProxy} can break and count. */
public final class ModelsLabEndpoints {
    /** {@code POST /api/v6/base64_to_url}. */
    public static final Endpoint UPLOAD = Endpoint.of("POST", "/api/v6/base64_to_url");
    /** {@code POST /api/v7/images/image-to-image}: the paid call. */
    public static final Endpoint SUBMIT = Endpoint.of("POST", "/api/v7/images/image-to-image");
    /** {@code POST} to a v6 or v7 fetch path: a poll. */
    public static final Endpoint FETCH = Endpoint.of("POST", "/api/v[67]/(?:images|image_editing)/fetch/[^/]+");
    /** {@code GET /outputs/...}: an output download (each redirect hop counts). */
    public static final Endpoint OUTPUT = Endpoint.of("GET", "/outputs/.*");

    private ModelsLabEndpoints() {}
}
