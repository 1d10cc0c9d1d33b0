package dev.imgedit.modelslab.internal;

import dev.imgedit.ImageInput;
import dev.imgedit.exception.InvalidRequestException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns local image bytes into a URL ModelsLab can fetch, through {@code POST /api/v6/base64_to_url} (the URL
 * lives 24 hours). Checks the documented 5 MB limit first, so an image that is too large costs no request.
 */
final class Uploader {
    private static final Logger LOGGER = LoggerFactory.getLogger(Uploader.class);

    private final Sender sender;
    private final String key;
    private final long maxInputBytes;
    private final Redactor redactor;

    Uploader(Sender sender, String key, long maxInputBytes, Redactor redactor) {
        this.sender = sender;
        this.key = key;
        this.maxInputBytes = maxInputBytes;
        this.redactor = redactor;
    }

    /** @throws InvalidRequestException naming both sizes when the image is over the limit; no request is sent */
    private void checkSize(ImageInput.Bytes image) {
        long size = image.data().size();
        if (size > maxInputBytes) {
            throw new InvalidRequestException(String.format(Locale.ROOT,
                    "the input image is %,d bytes, over the limit of %,d bytes (ModelsLab's upload takes at most "
                            + "5 MB of base64 text, %,d characters for this image): shrink it, save it as JPEG, or "
                            + "pass a public URL instead",
                    size, maxInputBytes, UploadLimits.base64Length(size)));
        }
    }

    /** The URL of the uploaded image; an image over the limit is refused before anything is sent. */
    URI upload(ImageInput.Bytes image) {
        checkSize(image);
        UploadBody body = new UploadBody(key, image.toDataUri());
        Outcome outcome = sender.send(Phase.UPLOAD, api -> api.upload(body), null);
        if (outcome instanceof Outcome.Failed failed) {
            throw Failures.of(failed.problem(), Phase.UPLOAD, null, null);
        }
        WireReply reply = outcome instanceof Outcome.Succeeded succeeded
                ? succeeded.reply()
                : ((Outcome.Processing) outcome).reply();
        Optional<URI> url = reply.uploadedUrl().flatMap(Uploader::httpUrl);
        if (url.isEmpty()) {
            throw Failures.unavailable(Phase.UPLOAD, "the upload answered status '" + reply.statusText()
                    + "' without a URL", null);
        }
        LOGGER.debug("uploaded {} as {}", image, redactor.redact(url.get().toString()));
        return url.get();
    }

    private static Optional<URI> httpUrl(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null
                    ? Optional.of(uri)
                    : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
