package dev.imgedit.batch.internal.engine;

import dev.imgedit.ImageInput;
import dev.imgedit.ImageType;
import dev.imgedit.batch.BatchInput;
import dev.imgedit.batch.BatchItem;
import dev.imgedit.batch.ItemFailure;
import dev.imgedit.batch.internal.Sha256;
import dev.imgedit.exception.InvalidRequestException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * What reading an item's input found: its hash and format, or why it cannot be edited. A URL is never fetched.
 *
 * @param image the input as it goes to the provider, or null when it failed
 */
record InputFacts(@Nullable ImageInput image, @Nullable String sha256, @Nullable ImageType type,
        @Nullable ItemFailure failure) {

    /** The same facts without the bytes, to keep while many items are planned. */
    InputFacts withoutImage() {
        return image instanceof ImageInput.Bytes ? new InputFacts(null, sha256, type, failure) : this;
    }

    /** These facts, failed when the model would refuse the item even with its input readied. */
    InputFacts checked(BatchItem item, Requests requests) {
        if (image == null || failure != null) {
            return this;
        }
        ItemFailure refused = requests.refusal(item, image);
        return refused == null ? this : new InputFacts(image, sha256, type, refused);
    }

    static InputFacts read(BatchInput input) {
        if (input instanceof BatchInput.Url url) {
            return new InputFacts(ImageInput.url(url.uri().toString()), null, null, null);
        }
        BatchInput.File file = (BatchInput.File) input;
        try {
            ImageInput.Bytes read = ImageInput.file(file.path());
            // Named as the batch names it, so what readying it says reads "'shots/a.jpg'", not an absolute path.
            ImageInput.Bytes bytes = new ImageInput.Bytes(read.data(), read.type(), file.name());
            return new InputFacts(bytes, Sha256.of(bytes.data()), bytes.type(), null);
        } catch (InvalidRequestException e) {
            return new InputFacts(null, null, null, ItemFailure.of(e.kind(), String.valueOf(e.getMessage())));
        } catch (UncheckedIOException e) {
            return new InputFacts(null, null, null, new ItemFailure(ItemFailure.LOCAL_IO,
                    String.valueOf(e.getMessage())));
        }
    }
}
