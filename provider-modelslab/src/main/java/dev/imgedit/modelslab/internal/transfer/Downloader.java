package dev.imgedit.modelslab.internal.transfer;

import dev.imgedit.EditedImage;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.modelslab.internal.http.GuardedBody;
import dev.imgedit.modelslab.internal.redaction.Redactor;
import dev.imgedit.modelslab.internal.reply.Failures;
import dev.imgedit.modelslab.internal.reply.Phase;
import dev.imgedit.modelslab.internal.retry.Patience;
import dev.imgedit.modelslab.internal.retry.Retrier;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads output images: without the API key (none is ever attached), over https only (see
 * {@link DownloadPolicy}), following at most {@value DownloadPolicy#MAX_REDIRECTS} redirects by hand so that each
 * hop is checked, never more than the configured number of bytes, and only what is really a PNG, JPEG or WebP. A URL
 * that holds the key (a redirect's, say) is never requested, and every URL or server text in a log line or message
 * passes through the {@link Redactor}.
 */
public final class Downloader {
    private static final Logger LOGGER = LoggerFactory.getLogger(Downloader.class);

    /** Answers that mean the output may be there later: missing, forbidden until ready, gone, busy, timed out. */
    private static final Set<Integer> NOT_THERE_YET = Set.of(404, 403, 410, 429, 408);

    private final Client client;
    private final DownloadPolicy policy;
    private final Request.Options options;
    private final long maxBytes;
    private final Retrier retrier;
    private final Redactor redactor;

    public Downloader(Client client, DownloadPolicy policy, Request.Options options, long maxBytes, Retrier retrier,
            Redactor redactor) {
        this.client = client;
        this.policy = policy;
        this.options = options;
        this.maxBytes = maxBytes;
        this.retrier = retrier;
        this.redactor = redactor;
    }

    /** Every output, or the first failure; missing files and server errors are retried a few times. */
    public List<EditedImage> downloadAll(List<URI> urls, String jobId) {
        List<EditedImage> images = new ArrayList<>();
        for (URI url : urls) {
            images.add(downloadWithRetries(url, jobId));
        }
        return images;
    }

    /** Every output, or empty when one is not there yet (404, 403, 410): for jobs known only by future links. */
    public Optional<List<EditedImage>> downloadIfReady(List<URI> urls, String jobId) {
        List<EditedImage> images = new ArrayList<>();
        for (URI url : urls) {
            if (!(fetch(url, jobId) instanceof Fetched.Body body)) {
                return Optional.empty();
            }
            images.add(toImage(url, body.bytes(), jobId));
        }
        return Optional.of(images);
    }

    private EditedImage downloadWithRetries(URI url, String jobId) {
        Retrier.Tried<Fetched> tried = retrier.resend(Phase.DOWNLOAD, jobId, () -> fetch(url, jobId),
                fetched -> fetched instanceof Fetched.NotThere notThere
                        ? new Retrier.Reason(notThere.why(), null, Retrier.CONNECTION_BACKOFF)
                        : null, Patience.unlimited());
        if (tried.last() instanceof Fetched.Body body) {
            return toImage(url, body.bytes(), jobId);
        }
        throw new ProviderUnavailableException("could not download output " + shown(url) + " of ModelsLab job "
                + jobId + " (" + ((Fetched.NotThere) tried.last()).why() + ", tried " + tried.attempts()
                + " times): " + Failures.resumeHint(jobId) + " to try again", jobId, null);
    }

    /** What one GET of an output came to: the bytes, or not yet (missing, a server error, a broken connection). */
    private sealed interface Fetched {
        record Body(byte[] bytes) implements Fetched {}

        record NotThere(String why) implements Fetched {}
    }

    private Fetched fetch(URI url, String jobId) {
        if ("data".equalsIgnoreCase(url.getScheme())) {
            return new Fetched.Body(DataUris.decode(url.toString(), maxBytes, jobId));
        }
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            Optional<String> refusal = redactor.containsSecret(current.toString())
                    ? Optional.of("it contains the API key, which downloads never carry")
                    : policy.refusal(current);
            if (refusal.isPresent()) {
                throw new JobFailedException("ModelsLab job " + jobId + " gave the output URL " + shown(current)
                        + ", which imgedit does not download: " + refusal.get(), jobId, null);
            }
            Request request = Request.create(Request.HttpMethod.GET, current.toString(),
                    Map.of("Accept", List.of("image/png, image/jpeg, image/webp, */*")), Request.Body.empty(), null);
            try (Response response = client.execute(request, options)) {
                int status = response.status();
                LOGGER.debug("GET {}: HTTP {}", shown(current), status);
                if (status >= 300 && status < 400 && status != 304) {
                    if (redirects == DownloadPolicy.MAX_REDIRECTS) {
                        throw new JobFailedException("the output of ModelsLab job " + jobId + " at " + shown(url)
                                + " redirects more than " + DownloadPolicy.MAX_REDIRECTS + " times", jobId, null);
                    }
                    current = redirectTarget(current, response, jobId);
                    continue;
                }
                if (NOT_THERE_YET.contains(status) || status >= 500) {
                    return new Fetched.NotThere("HTTP " + status);
                }
                if (status != 200) {
                    throw new JobFailedException("the output of ModelsLab job " + jobId + " at " + shown(current)
                            + " answered HTTP " + status, jobId, null);
                }
                return new Fetched.Body(readCapped(response, current, jobId));
            } catch (GuardedBody.Expired | GuardedBody.ShortBody e) {
                return new Fetched.NotThere("the download broke off: " + redactor.redact(e.getMessage()));
            } catch (IOException e) {
                return new Fetched.NotThere("the connection failed" + (e.getMessage() == null ? ""
                        : ": " + redactor.oneLine(e.getMessage(), Integer.MAX_VALUE)));
            }
        }
    }

    private URI redirectTarget(URI current, Response response, String jobId) {
        Collection<String> locations = response.headers().getOrDefault("Location", List.of());
        @Nullable String location = locations.stream().findFirst().orElse(null);
        if (location == null) {
            throw new JobFailedException("the output of ModelsLab job " + jobId + " at " + shown(current)
                    + " redirects without saying where", jobId, null);
        }
        try {
            return current.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new JobFailedException("the output of ModelsLab job " + jobId + " at " + shown(current)
                    + " redirects to a malformed URL", jobId, null);
        }
    }

    private byte[] readCapped(Response response, URI url, String jobId) throws IOException {
        Response.Body body = response.body();
        if (body == null) {
            return new byte[0];
        }
        Integer length = body.length();
        if (length != null && length > maxBytes) {
            throw tooLarge(url, jobId, length);
        }
        try (InputStream in = body.asInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(url, jobId, -1);
            }
            return bytes;
        }
    }

    private ImageEditException tooLarge(URI url, String jobId, long size) {
        return new JobFailedException(String.format(Locale.ROOT, "the output of ModelsLab job %s at %s is %s, over "
                + "the limit of %,d bytes: raise MODELSLAB_MAX_DOWNLOAD_BYTES to accept it", jobId,
                shown(url), size < 0 ? "larger" : String.format(Locale.ROOT, "%,d bytes", size), maxBytes),
                jobId, null);
    }

    private EditedImage toImage(URI url, byte[] downloaded, String jobId) {
        byte[] bytes = downloaded;
        Optional<ImageType> type = ImageType.detect(bytes);
        if (type.isEmpty()) {
            // ModelsLab's base64 option serves the image as base64 text (.base64 files).
            Optional<byte[]> decoded = DataUris.decodeBase64Text(bytes, maxBytes);
            Optional<ImageType> decodedType = decoded.flatMap(ImageType::detect);
            if (decodedType.isPresent()) {
                bytes = decoded.get();
                type = decodedType;
            }
        }
        if (type.isEmpty()) {
            throw new JobFailedException("the output of ModelsLab job " + jobId + " at " + shown(url)
                    + " is not a PNG, JPEG or WebP image (" + bytes.length + " bytes starting "
                    + redactor.redact(DataUris.preview(bytes)) + ")", jobId, null);
        }
        ImageType imageType = type.get();
        ImageSize size = ImageSize.read(ImageBytes.adopt(bytes), imageType).orElseThrow(() -> new JobFailedException(
                "the output of ModelsLab job " + jobId + " at " + shown(url) + " is a damaged "
                        + imageType.name() + " image: its size cannot be read", jobId, null));
        return new EditedImage(url, imageType, ImageBytes.adopt(bytes), size.width(), size.height());
    }

    /** A URL for a log line or message: data URIs shortened, the key masked. */
    private String shown(URI url) {
        return redactor.redact(DataUris.describe(url));
    }
}
