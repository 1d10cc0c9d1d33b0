package dev.imgedit.fake.internal.image;

import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.ProviderUnavailableException;
import dev.imgedit.util.Durations;
import dev.imgedit.util.HttpUrls;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

/**
 * Downloads an image URL input, as a service fetches the URLs it is given: bounded in size and in time, on the
 * calling thread, with no thread of its own left behind. A URL that answers with an error, too much or not an image
 * is an {@link InvalidRequestException} (the service's own answer); one that cannot be reached at all (no network,
 * no such host, no answer in time) is a {@link ProviderUnavailableException}. Messages name the URL without its
 * query or user information, which may hold a token.
 */
final class UrlDownloads {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(30);
    private static final String ACCEPT = "image/png, image/jpeg, image/webp";

    private UrlDownloads() {}

    /** The bytes at {@code url}, at most {@code maxBytes} of them. */
    static byte[] download(URI url, long maxBytes) {
        String shown = HttpUrls.shown(url);
        HttpURLConnection connection = null;
        try {
            connection = (HttpURLConnection) url.toURL().openConnection();
            connection.setConnectTimeout((int) CONNECT_TIMEOUT.toMillis());
            connection.setReadTimeout((int) READ_TIMEOUT.toMillis());
            connection.setInstanceFollowRedirects(true);
            connection.setRequestProperty("Accept", ACCEPT);
            connection.setRequestProperty("User-Agent", "imgedit-fake");
            int status = connection.getResponseCode();
            if (status >= 300 && status < 400) {
                throw new InvalidRequestException("the image URL " + shown + " redirects to another scheme ("
                        + connection.getHeaderField("Location") + "), which is not followed: give that address");
            }
            if (status >= 400 || status < 200) {
                throw new InvalidRequestException("the image URL " + shown + " answered HTTP " + status
                        + (connection.getResponseMessage() == null ? "" : " " + connection.getResponseMessage())
                        + ": check the address");
            }
            long length = connection.getContentLengthLong();
            if (length > maxBytes) {
                throw tooLarge(shown, length, maxBytes);
            }
            try (InputStream in = connection.getInputStream()) {
                return read(in, shown, maxBytes);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw unreachable(shown, e);
        } finally {
            if (connection != null) {
                connection.disconnect();
            }
        }
    }

    private static byte[] read(InputStream in, String shown, long maxBytes) throws IOException {
        long deadline = System.nanoTime() + TOTAL_TIMEOUT.toNanos();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            bytes.write(buffer, 0, read);
            if (bytes.size() > maxBytes) {
                throw tooLarge(shown, -1, maxBytes);
            }
            if (System.nanoTime() - deadline > 0) {
                throw new SocketTimeoutException("the download took longer than "
                        + Durations.describe(TOTAL_TIMEOUT));
            }
        }
        return bytes.toByteArray();
    }

    private static InvalidRequestException tooLarge(String shown, long length, long maxBytes) {
        return new InvalidRequestException(String.format(Locale.ROOT, "the image URL %s holds %s, over the %,d-byte "
                + "input limit: give a smaller image", shown, length < 0 ? "more" : String.format(Locale.ROOT,
                        "%,d bytes", length), maxBytes));
    }

    private static ProviderUnavailableException unreachable(String shown, Exception failure) {
        String reason;
        if (failure instanceof UnknownHostException) {
            reason = "unknown host " + failure.getMessage() + "; is this machine offline?";
        } else if (failure instanceof ConnectException) {
            reason = "connection refused or no route";
        } else if (failure instanceof SocketTimeoutException) {
            reason = failure.getMessage() == null ? "no answer in time" : failure.getMessage();
        } else {
            reason = failure.getMessage() == null ? "I/O error" : failure.getMessage();
        }
        return new ProviderUnavailableException("could not download the image URL " + shown + " (" + reason
                + "): the fake downloads URL inputs itself, so it needs the network; check the address, or give "
                + "the image as a file", null, failure);
    }
}
