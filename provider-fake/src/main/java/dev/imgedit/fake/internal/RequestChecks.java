package dev.imgedit.fake.internal;

import dev.imgedit.CheckedRequest;
import dev.imgedit.ImageInput;

/** What the fake needs of a request once core has checked it against the model. */
final class RequestChecks {
    private RequestChecks() {}

    /** The image to edit, which is bytes: the model takes no URLs, so core refused any. */
    static ImageInput.Bytes inputBytes(CheckedRequest checked) {
        if (checked.request().image() instanceof ImageInput.Bytes bytes) {
            return bytes;
        }
        throw new IllegalStateException("model " + checked.model().id() + " was checked to take bytes only");
    }

    /** The input's name for messages. */
    static String describe(ImageInput.Bytes bytes) {
        String name = bytes.name();
        return name == null ? "the input image" : "'" + name + "'";
    }
}
