package dev.imgedit.bfl.testserver;

import dev.imgedit.testkit.http.Endpoint;

/** The BFL calls a {@link dev.imgedit.testkit.http.FaultProxy} can break and count. */
public final class BflEndpoints {
    /** {@code POST /v1/{model}}: the paid call. */
    public static final Endpoint SUBMIT = Endpoint.of("POST", "/v1/[^/]+");
    /** {@code GET} of a polling URL or of {@code /v1/get_result}. */
    public static final Endpoint POLL = Endpoint.of("GET", ".*/v1/get_result");
    /** {@code GET} of a task's signed image URL. */
    public static final Endpoint DOWNLOAD = Endpoint.of("GET", "/results/.*");

    private BflEndpoints() {}
}
