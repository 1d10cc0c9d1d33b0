package dev.imgedit.modelslab.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The body of a fetch: the key alone. */
record FetchBody(@JsonProperty("key") String key) {
    @Override
    public String toString() {
        return "FetchBody[key=" + Redactor.MASK + "]";
    }
}
