package dev.imgedit.testkit.http;

/**
 * What a {@link FaultProxy} does to a request it breaks. The first six never let the request reach the server
 * behind the proxy; the last three let it through (so the server acts on it) and spoil the answer. They are modelled
 * on WireMock's faults, plus resets before a request's body and answers cut short.
 */
public enum Fault {
    /** Reads the request's headers, then resets the connection before reading its body. */
    RESET_BEFORE_BODY(false),
    /** Reads the whole request, then resets the connection without a byte of answer. */
    RESET_AFTER_BODY(false),
    /** Reads the whole request, then closes the connection without a byte of answer (WireMock's EMPTY_RESPONSE). */
    CLOSE_WITHOUT_ANSWER(false),
    /** Answers random bytes, then closes (WireMock's RANDOM_DATA_THEN_CLOSE). */
    RANDOM_BYTES_THEN_CLOSE(false),
    /** Answers HTTP 200 headers, then a chunk whose size is not a number (WireMock's MALFORMED_RESPONSE_CHUNK). */
    MALFORMED_CHUNK(false),
    /** Reads the whole request and never answers: the client's read timeout ends it. */
    STALL(false),
    /** Passes the request on; sends the answer's headers and half its body, then resets the connection. */
    RESET_MID_ANSWER(true),
    /** Passes the request on; sends the answer's headers and half its body, then closes (Content-Length unmet). */
    CUT_SHORT(true),
    /** Passes the request on; sends the answer's headers at once, then its body one byte every 50 ms. */
    DRIBBLE_BODY(true);

    private final boolean reachesServer;

    Fault(boolean reachesServer) {
        this.reachesServer = reachesServer;
    }

    /** Whether the server behind the proxy receives (and acts on) the broken request. */
    public boolean reachesServer() {
        return reachesServer;
    }
}
