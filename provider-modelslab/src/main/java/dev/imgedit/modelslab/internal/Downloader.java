package dev.imgedit.modelslab.internal;

import dev.imgedit.EditedImage;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.ProviderUnavailableException;
import feign.Client;
import feign.Request;
import feign.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
final class Downloader {
    private static final Logger LOGGER = LoggerFactory.getLogger(Downloader.class);

    private final Client client;
    private final DownloadPolicy policy;
    private final Request.Options options;
    private final long maxBytes;
    private final RetryPolicy retryPolicy;
    private final Timing timing;
    private final Redactor redactor;

    Downloader(Client client, DownloadPolicy policy, Request.Options options, long maxBytes, RetryPolicy retryPolicy,
            Timing timing, Redactor redactor) {
        this.client = client;
        this.policy = policy;
        this.options = options;
        this.maxBytes = maxBytes;
        this.retryPolicy = retryPolicy;
        this.timing = timing;
        this.redactor = redactor;
    }

    /** Every output, or the first failure; missing files and server errors are retried a few times. */
    List<EditedImage> downloadAll(List<URI> urls, String jobId) {
        List<EditedImage> images = new ArrayList<>();
        for (URI url : urls) {
            images.add(downloadWithRetries(url, jobId));
        }
        return images;
    }

    /** Every output, or empty when one is not there yet (404, 403, 410): for jobs known only by future links. */
    Optional<List<EditedImage>> downloadIfReady(List<URI> urls, String jobId) {
        List<EditedImage> images = new ArrayList<>();
        for (URI url : urls) {
            Fetched fetched = fetch(url, jobId);
            if (fetched instanceof Fetched.Missing || fetched instanceof Fetched.Transient) {
                return Optional.empty();
            }
            images.add(toImage(url, ((Fetched.Body) fetched).bytes(), jobId));
        }
        return Optional.of(images);
    }

    private EditedImage downloadWithRetries(URI url, String jobId) {
        for (int attempt = 1; ; attempt++) {
            Fetched fetched = fetch(url, jobId);
            if (fetched instanceof Fetched.Body body) {
                return toImage(url, body.bytes(), jobId);
            }
            String why = fetched instanceof Fetched.Missing missing ? "HTTP " + missing.status()
                    : ((Fetched.Transient) fetched).description();
            Optional<Duration> wait = retryPolicy.nextWait(attempt - 1, null, RetryPolicy.CONNECTION_BACKOFF);
            if (wait.isEmpty()) {
                throw new ProviderUnavailableException("could not download output " + shown(url)
                        + " of ModelsLab job " + jobId + " (" + why + ", tried " + attempt + " times): "
                        + Failures.resumeHint(jobId) + " to try again", jobId, null);
            }
            LOGGER.debug("download of {} failed ({}); trying again in {}", shown(url), why, wait.get());
            try {
                timing.sleep(wait.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProviderUnavailableException("interrupted while downloading the output of ModelsLab job "
                        + jobId + ": " + Failures.resumeHint(jobId), jobId, null);
            }
        }
    }

    private sealed interface Fetched {
        record Body(byte[] bytes) implements Fetched {}

        record Missing(int status) implements Fetched {}

        record Transient(String description) implements Fetched {}
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
                if (status == 404 || status == 403 || status == 410) {
                    return new Fetched.Missing(status);
                }
                if (status >= 500 || status == 429 || status == 408) {
                    return new Fetched.Transient("HTTP " + status);
                }
                if (status != 200) {
                    throw new JobFailedException("the output of ModelsLab job " + jobId + " at " + shown(current)
                            + " answered HTTP " + status, jobId, null);
                }
                return new Fetched.Body(readCapped(response, current, jobId));
            } catch (GuardedBody.Expired | GuardedBody.ShortBody e) {
                return new Fetched.Transient("the download broke off: " + redactor.redact(e.getMessage()));
            } catch (IOException e) {
                return new Fetched.Transient("the connection failed" + (e.getMessage() == null ? ""
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
