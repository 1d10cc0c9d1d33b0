package dev.imgedit.bfl.internal;

import dev.imgedit.EditedImage;
import dev.imgedit.ImageBytes;
import dev.imgedit.bfl.internal.failure.Failures;
import dev.imgedit.bfl.internal.failure.Phase;
import dev.imgedit.bfl.internal.http.Exchange;
import dev.imgedit.bfl.internal.http.Transport;
import dev.imgedit.bfl.internal.settings.Hosts;
import dev.imgedit.bfl.internal.settings.KeyMask;
import dev.imgedit.bfl.internal.settings.Settings;
import dev.imgedit.exception.JobFailedException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.util.HttpUrls;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a task's image from the signed {@code sample} URL the moment the task is ready (the URL lives about ten
 * minutes). Downloads never carry the key; they are https only (http only from a loopback test server's loopback
 * address); redirects are followed by hand, at most {@value #MAX_REDIRECTS}, each hop held to the same rules; at most
 * {@value Settings#MAX_DOWNLOAD_BYTES} bytes are read; what arrives must be a whole PNG, JPEG or WebP. Breaks and
 * server errors are tried again; a refused link (403, 404, 410: expired) is reported with the task id to resume.
 */
final class Downloader {
    static final int MAX_REDIRECTS = 3;

    private static final Logger LOGGER = LoggerFactory.getLogger(Downloader.class);

    private final Transport transport;
    private final Hosts hosts;
    private final KeyMask mask;
    private final Backoff backoff;
    private final int maxBytes;

    Downloader(Transport transport, Hosts hosts, KeyMask mask, Backoff backoff, int maxBytes) {
        this.transport = transport;
        this.hosts = hosts;
        this.mask = mask;
        this.backoff = backoff;
        this.maxBytes = maxBytes;
    }

    EditedImage download(URI sample, String jobId) {
        for (int attempt = 1; ; attempt++) {
            Exchange exchange = fetch(sample, jobId);
            if (exchange instanceof Exchange.Answered answer && answer.status() == 200) {
                return image(answer, sample, jobId);
            }
            String why = exchange instanceof Exchange.Answered answer ? answer.statusLine()
                    : ((Exchange.Unanswered) exchange).description();
            boolean refused = exchange instanceof Exchange.Answered answer && (answer.status() == 403
                    || answer.status() == 404 || answer.status() == 410);
            Optional<Duration> wait = refused ? Optional.empty()
                    : backoff.next(attempt - 1, null, Backoff.AFTER_NO_CONNECTION);
            if (wait.isEmpty() || !Backoff.sleep(wait.get())) {
                throw new ProviderUnavailableException("could not download the image of BFL task " + jobId + " from "
                        + shown(sample) + " (" + mask.oneLine(why, 160) + (attempt > 1 ? ", tried " + attempt
                        + " times" : "") + (refused ? "; its signed link lives about 10 minutes" : "") + "): "
                        + Failures.resumeHint(jobId) + " for a fresh link", jobId, null);
            }
            LOGGER.debug("download of {} failed ({}); trying again in {}", shown(sample), why, wait.get());
        }
    }

    /** The final answer for {@code url} after redirects, or no answer. */
    private Exchange fetch(URI url, String jobId) {
        URI current = url;
        for (int redirects = 0; ; redirects++) {
            refuseUnsafe(current, jobId);
            Exchange exchange = transport.get(Phase.DOWNLOAD.doing(), current, false,
                    "image/png, image/jpeg, image/webp", maxBytes);
            if (!(exchange instanceof Exchange.Answered answer) || answer.status() < 300 || answer.status() >= 400
                    || answer.status() == 304) {
                return exchange;
            }
            if (redirects == MAX_REDIRECTS) {
                throw failed(jobId, "the image at " + shown(url) + " redirects more than " + MAX_REDIRECTS + " times");
            }
            URI from = current;
            String location = answer.header("Location").orElseThrow(() -> failed(jobId, "the image at "
                    + shown(from) + " redirects without saying where"));
            try {
                current = from.resolve(new URI(location.strip()));
            } catch (URISyntaxException | IllegalArgumentException e) {
                throw failed(jobId, "the image at " + shown(current) + " redirects to a malformed URL");
            }
        }
    }

    private void refuseUnsafe(URI url, String jobId) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String refusal = null;
        if (mask.reveals(url.toString())) {
            refusal = "it holds the API key, which downloads never carry";
        } else if (scheme.equals("http") ? !(hosts.allowsLoopbackHttp() && HttpUrls.isLoopback(url))
                : !scheme.equals("https")) {
            refusal = "its scheme '" + scheme + "' is not https";
        } else if (url.getHost() == null || url.getRawUserInfo() != null) {
            refusal = "it has no host, or has user info";
        }
        if (refusal != null) {
            throw failed(jobId, "BFL gave the image URL " + shown(url) + ", which imgedit does not download: "
                    + refusal);
        }
    }

    private EditedImage image(Exchange.Answered answer, URI sample, String jobId) {
        if (answer.overCap()) {
            throw failed(jobId, String.format(Locale.ROOT, "the image at %s is %s, over the limit of %,d bytes: raise "
                    + "%s to accept it", shown(sample), answer.declaredLength() > 0
                            ? String.format(Locale.ROOT, "%,d bytes", answer.declaredLength()) : "larger", maxBytes,
                    Settings.MAX_DOWNLOAD_BYTES));
        }
        return EditedImage.of(ImageBytes.adopt(answer.body()), withoutQuery(sample), jobId);
    }

    private JobFailedException failed(String jobId, String why) {
        return new JobFailedException("BFL task " + jobId + " cannot be delivered: " + why, jobId, null);
    }

    /** The link for messages and the result: its query is a signature, a short-lived credential, so it is left off. */
    private String shown(URI url) {
        return mask.mask(String.valueOf(withoutQuery(url)));
    }

    private static URI withoutQuery(URI url) {
        try {
            return new URI(url.getScheme(), url.getRawAuthority() == null ? null : url.getAuthority(), url.getPath(),
                    null, null);
        } catch (URISyntaxException e) {
            return url;
        }
    }
}
