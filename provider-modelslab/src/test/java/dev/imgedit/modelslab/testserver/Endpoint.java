package dev.imgedit.modelslab.testserver;

import java.util.regex.Pattern;

/** The ModelsLab calls a {@link FaultProxy} can break, told apart by method and path. */
public enum Endpoint {
    /** {@code POST /api/v6/base64_to_url}. */
    UPLOAD("POST", Pattern.compile("/api/v6/base64_to_url")),
    /** {@code POST /api/v7/images/image-to-image}: the paid call. */
    SUBMIT("POST", Pattern.compile("/api/v7/images/image-to-image")),
    /** {@code POST} to a v6 or v7 fetch path: a poll. */
    FETCH("POST", Pattern.compile("/api/v[67]/(?:images|image_editing)/fetch/[^/]+")),
    /** {@code GET /outputs/...}: an output download (each redirect hop counts). */
    OUTPUT("GET", Pattern.compile("/outputs/.*"));

    private final String method;
    private final Pattern path;

    Endpoint(String method, Pattern path) {
        this.method = method;
        this.path = path;
    }

    public boolean matches(String method, String path) {
        return this.method.equals(method) && this.path.matcher(path).matches();
    }
}
