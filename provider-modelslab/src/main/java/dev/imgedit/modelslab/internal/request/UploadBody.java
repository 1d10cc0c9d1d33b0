package dev.imgedit.modelslab.internal.request;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.imgedit.modelslab.internal.redaction.Redactor;

/** The body of {@code base64_to_url}; {@code base64String} is a data URI. */
public record UploadBody(@JsonProperty("key") String key, @JsonProperty("base64_string") String base64String) {
    @Override
    public String toString() {
        return "UploadBody[key=" + Redactor.MASK + ", base64String=" + base64String.length() + " characters]";
    }
}
