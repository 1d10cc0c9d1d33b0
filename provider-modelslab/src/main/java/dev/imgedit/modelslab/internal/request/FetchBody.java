package dev.imgedit.modelslab.internal.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.imgedit.modelslab.internal.redaction.Redactor;

/** The body of a fetch: the key alone. */
public record FetchBody(@JsonProperty("key") String key) {
    @Override
    public String toString() {
        return "FetchBody[key=" + Redactor.MASK + "]";
    }
}
