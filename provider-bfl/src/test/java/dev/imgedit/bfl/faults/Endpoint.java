package dev.imgedit.bfl.faults;

import java.util.regex.Pattern;

/** The BFL calls a {@link FaultProxy} tells apart, by method and path. */
public enum Endpoint {
    /** {@code POST /v1/{model}}: the paid call. */
    SUBMIT("POST", Pattern.compile("/v1/[^/]+")),
    /** {@code GET} of a polling URL or of {@code /v1/get_result}. */
    POLL("GET", Pattern.compile(".*/v1/get_result")),
    /** {@code GET} of a task's signed image URL. */
    DOWNLOAD("GET", Pattern.compile("/results/.*"));

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
