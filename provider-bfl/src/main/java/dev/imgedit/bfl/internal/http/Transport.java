package dev.imgedit.bfl.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.bfl.internal.settings.Hosts;
import dev.imgedit.bfl.internal.settings.KeyMask;
import dev.imgedit.bfl.internal.settings.Settings;
import dev.imgedit.util.Durations;
import dev.imgedit.util.HttpUrls;
import feign.Client;
import feign.Feign;
import feign.FeignException;
import feign.Request;
import feign.Response;
import feign.Retryer;
import feign.codec.EncodeException;
import feign.jackson.JacksonEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request and turns whatever happens into an {@link Exchange}: nothing from Feign or {@code java.net}
 * goes further. Nothing is retried here ({@link Retryer#NEVER_RETRY}): a resent submit can be a second paid edit, so
 * callers decide. Every request asks the server to close the connection after answering ({@code Connection: close}),
 * so the provider never holds an idle connection: closing it has nothing to release, and no connection is reused
 * after a fault. Bodies must arrive whole and in time ({@link WholeBodyClient}).
 */
public final class Transport {
    private static final Logger LOGGER = LoggerFactory.getLogger(Transport.class);

    /** API answers are small JSON objects; anything larger is not BFL's. */
    public static final int MAX_ANSWER_BYTES = 1024 * 1024;

    private final Settings settings;
    private final KeyMask mask;
    private final Client client;
    private final Request.Options options;
    private final BflApi api;

    public Transport(Settings settings, KeyMask mask, ObjectMapper mapper) {
        this.settings = settings;
        this.mask = mask;
        this.client = new WholeBodyClient(settings.readTimeout());
        this.options = new Request.Options(Durations.timeoutMillis(settings.connectTimeout()), TimeUnit.MILLISECONDS,
                Durations.timeoutMillis(settings.readTimeout()), TimeUnit.MILLISECONDS, false);
        String key = settings.apiKey().reveal();
        this.api = Feign.builder()
                .client(client)
                .encoder(new JacksonEncoder(mapper))
                .retryer(Retryer.NEVER_RETRY)
                .options(options)
                .requestInterceptor(template -> template.header("x-key", key))
                .logger(new MaskingFeignLogger(mask))
                .logLevel(settings.httpLog())
                .target(BflApi.class, settings.baseUrl().toString());
    }

    /** A call to an endpoint on the base URL, which carries the key. */
    public Exchange api(String what, Function<BflApi, Response> call) {
        try {
            return read(what, call.apply(api), MAX_ANSWER_BYTES);
        } catch (EncodeException e) {
            return new Exchange.Unanswered("the request could not be written as JSON", false);
        } catch (FeignException e) {
            return unanswered(what, settings.baseUrl(), e.getCause() instanceof IOException cause ? cause : null);
        }
    }

    /**
     * A GET of {@code url} exactly as written, with the key only when {@code withKey} (the caller has checked the
     * host), else with no credential at all.
     *
     * @param cap the most body bytes read; a longer body comes back {@link Exchange.Answered#overCap()}
     */
    public Exchange get(String what, URI url, boolean withKey, String accept, int cap) {
        Map<String, Collection<String>> headers = withKey
                ? Map.of("Accept", List.of(accept), "Connection", List.of("close"), "User-Agent", List.of("imgedit"),
                        "x-key", List.of(settings.apiKey().reveal()))
                : Map.of("Accept", List.of(accept), "Connection", List.of("close"), "User-Agent", List.of("imgedit"));
        Request request = Request.create(Request.HttpMethod.GET, url.toString(), headers, Request.Body.empty(), null);
        try {
            return read(what, client.execute(request, options), cap);
        } catch (IOException e) {
            return unanswered(what, url, e);
        }
    }

    private Exchange read(String what, Response response, int cap) {
        try (response) {
            Response.Body body = response.body();
            Integer declared = body == null ? null : body.length();
            byte[] bytes = new byte[0];
            boolean overCap = declared != null && declared > cap;
            if (body != null && !overCap) {
                try (InputStream in = body.asInputStream()) {
                    bytes = readCapped(in, declared, cap);
                }
                overCap = bytes.length > cap;
            }
            LOGGER.debug("{}: HTTP {} ({} bytes)", what, response.status(), bytes.length);
            return new Exchange.Answered(response.status(), response.reason() == null ? "" : response.reason(),
                    response.headers(), bytes, declared == null ? -1 : declared, overCap);
        } catch (IOException e) {
            String description = "the answer broke off: " + describe(e, null);
            LOGGER.debug("{}: {}", what, description);
            return new Exchange.Unanswered(description, true);
        }
    }

    /** Up to {@code cap + 1} bytes: enough to tell a body over the cap. */
    private static byte[] readCapped(InputStream in, @Nullable Integer declared, int cap) throws IOException {
        return in.readNBytes(declared == null ? cap + 1 : Math.min(cap + 1, declared + 1));
    }

    private Exchange.Unanswered unanswered(String what, URI target, @Nullable IOException e) {
        Exchange.Unanswered unanswered = e == null
                ? new Exchange.Unanswered("the request failed", true)
                : new Exchange.Unanswered(describe(e, target), !provablyNotSent(e));
        LOGGER.debug("{}: no answer from {}: {}", what, HttpUrls.origin(target), unanswered.description());
        return unanswered;
    }

    /** Only a connection that was never made proves the server saw nothing. */
    private static boolean provablyNotSent(IOException e) {
        return e instanceof ConnectException || e instanceof UnknownHostException || e instanceof NoRouteToHostException
                || e instanceof SocketTimeoutException && isConnectTimeout(e);
    }

    private String describe(IOException e, @Nullable URI target) {
        String where = target == null ? "the server" : HttpUrls.origin(target);
        String message = e.getMessage() == null ? "no detail" : mask.oneLine(e.getMessage(), 160);
        if (e instanceof ConnectException) {
            return "connection refused by " + where;
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + (target == null ? message : target.getHost());
        }
        if (e instanceof NoRouteToHostException) {
            return "no route to " + where;
        }
        if (e instanceof SocketTimeoutException) {
            return isConnectTimeout(e)
                    ? "no connection to " + where + " within " + Durations.describe(settings.connectTimeout())
                    : "no answer from " + where + " within " + Durations.describe(settings.readTimeout()) + " ("
                            + Settings.READ_TIMEOUT + ")";
        }
        if (message.startsWith("Invalid status(") || message.contains("Invalid Http response")) {
            return "the answer from " + where + " was not HTTP";
        }
        if (e instanceof SSLException) {
            return "the TLS connection to " + where + " failed (" + message + ")";
        }
        return target == null ? message : "the connection to " + where + " failed (" + message + ")";
    }

    private static boolean isConnectTimeout(IOException e) {
        return e.getMessage() != null && e.getMessage().toLowerCase(Locale.ROOT).contains("connect timed out");
    }
}
