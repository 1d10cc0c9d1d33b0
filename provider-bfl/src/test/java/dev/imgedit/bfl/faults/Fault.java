package dev.imgedit.bfl.faults;

/**
 * What the {@link FaultProxy} does to a request it breaks. The first six keep the request from the server; the last
 * three hand it over (so the server acts on it) and spoil the answer on its way back.
 */
public enum Fault {
    /** The request's head arrives; the connection is reset before its body is read. */
    RESET_BEFORE_BODY(false),
    /** The whole request arrives; the connection is reset without a byte of answer. */
    RESET_AFTER_BODY(false),
    /** The whole request arrives; the connection is closed without a byte of answer. */
    CLOSE_WITHOUT_ANSWER(false),
    /** The answer is random bytes, then the connection closes. */
    RANDOM_BYTES(false),
    /** The answer is an HTTP 200 head, then a chunk whose size is not a number. */
    MALFORMED_CHUNK(false),
    /** The whole request arrives and no answer ever comes: the client's read timeout ends it. */
    STALL(false),
    /** The server answers; its head and half its body pass, then the connection is reset. */
    RESET_MID_ANSWER(true),
    /** The server answers; its head and half its body pass, then the connection closes short of its length. */
    CUT_SHORT(true),
    /** The server answers; its head passes at once, its body a byte every 50 ms. */
    DRIBBLE(true);

    private final boolean reachesServer;

    Fault(boolean reachesServer) {
        this.reachesServer = reachesServer;
    }

    /** Whether the server behind the proxy receives (and acts on) the broken request. */
    public boolean reachesServer() {
        return reachesServer;
    }
}
