package dev.imgedit.bfl.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What came of one HTTP request: an answer with any status, or none. */
public sealed interface Exchange {

    /**
     * An answer, its body read whole and in time.
     *
     * @param status the HTTP status code
     * @param reason the status line's reason phrase, or empty
     * @param headers names case-insensitive
     * @param body the body; empty when it was declared larger than the caller's cap, and not read
     * @param declaredLength the {@code Content-Length}, or -1 when not given
     * @param overCap whether the body is larger than the caller's cap (then {@code body} is cut or empty)
     */
    record Answered(int status, String reason, Map<String, Collection<String>> headers, byte[] body,
            long declaredLength, boolean overCap) implements Exchange {

        public Answered {
            Map<String, Collection<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            copy.putAll(headers);
            headers = copy;
        }

        /** {@code 429 Too Many Requests}, for messages. */
        public String statusLine() {
            return reason.isBlank() ? "HTTP " + status : "HTTP " + status + " " + reason.strip();
        }

        public Optional<String> header(String name) {
            Collection<String> values = headers.get(name);
            return values == null ? Optional.empty() : values.stream().findFirst();
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public boolean succeeded() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return "Answered[" + status + ", " + body.length + " bytes" + (overCap ? ", over the cap" : "") + "]";
        }
    }

    /**
     * No answer.
     *
     * @param description what happened, in words for a message
     * @param mayHaveArrived false only when the request provably never left this machine (the connection was never
     *     made); a submit is sent again only then
     */
    record Unanswered(String description, boolean mayHaveArrived) implements Exchange {}
}
