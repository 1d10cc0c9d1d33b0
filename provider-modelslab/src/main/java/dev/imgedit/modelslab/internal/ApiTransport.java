package dev.imgedit.modelslab.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.modelslab.ModelsLabSettings;
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
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one request through Feign and turns whatever happens into a {@link CallResult}: nothing from Feign or
 * {@code java.net} goes further. Feign never retries ({@link Retryer#NEVER_RETRY}); the callers decide, because a
 * resent submit can be a second paid edit.
 */
final class ApiTransport {
    private static final Logger LOGGER = LoggerFactory.getLogger(ApiTransport.class);

    /** API answers are a few hundred bytes; anything near this is not ModelsLab JSON. */
    static final int MAX_REPLY_BYTES = 1024 * 1024;

    private final ModelsLabApi api;
    private final ModelsLabSettings settings;
    private final Redactor redactor;

    ApiTransport(ModelsLabSettings settings, Client client, ObjectMapper mapper, Redactor redactor) {
        this.settings = settings;
        this.redactor = redactor;
        this.api = Feign.builder()
                .client(client)
                .encoder(new JacksonEncoder(mapper))
                .retryer(Retryer.NEVER_RETRY)
                .options(requestOptions(settings))
                .logger(new RedactingFeignLogger(redactor))
                .logLevel(feign.Logger.Level.valueOf(settings.httpLog().name()))
                .target(ModelsLabApi.class, settings.baseUrl().toString());
    }

    /** The connect and read timeouts of every request, to the API and for downloads; redirects are not followed. */
    static Request.Options requestOptions(ModelsLabSettings settings) {
        return new Request.Options(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
    }

    CallResult call(String what, Function<ModelsLabApi, Response> call) {
        Response response;
        try {
            response = call.apply(api);
        } catch (EncodeException e) {
            return new CallResult.Unanswered("the request could not be written as JSON", false);
        } catch (FeignException e) {
            CallResult.Unanswered unanswered = e.getCause() instanceof IOException cause
                    ? unanswered(cause)
                    : new CallResult.Unanswered("the request failed", true);
            LOGGER.debug("{}: no answer from {}: {}", what, Origins.origin(settings.baseUrl()),
                    unanswered.description());
            return unanswered;
        }
        try (response) {
            HttpReply reply = read(response);
            LOGGER.debug("{}: HTTP {} ({} bytes)", what, reply.status(), reply.body().length);
            return new CallResult.Answered(reply);
        } catch (IOException e) {
            String description = "the answer broke off: " + describe(e);
            LOGGER.debug("{}: {}", what, description);
            return new CallResult.Unanswered(description, true);
        }
    }

    private static HttpReply read(Response response) throws IOException {
        Map<String, Collection<String>> headers = response.headers();
        String reason = response.reason() == null ? "" : response.reason();
        Response.Body body = response.body();
        if (body == null) {
            return new HttpReply(response.status(), reason, headers, new byte[0], false);
        }
        try (InputStream in = body.asInputStream()) {
            byte[] bytes = in.readNBytes(MAX_REPLY_BYTES + 1);
            boolean truncated = bytes.length > MAX_REPLY_BYTES;
            byte[] kept = truncated ? Arrays.copyOf(bytes, MAX_REPLY_BYTES) : bytes;
            return new HttpReply(response.status(), reason, headers, kept, truncated);
        }
    }

    private CallResult.Unanswered unanswered(IOException cause) {
        return new CallResult.Unanswered(describe(cause), !provablyNotSent(cause));
    }

    /** Only a connection that was never made proves that the server saw nothing. */
    static boolean provablyNotSent(IOException cause) {
        return cause instanceof ConnectException
                || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException
                || (cause instanceof SocketTimeoutException && isConnectTimeout(cause));
    }

    private String describe(IOException cause) {
        String host = Origins.origin(settings.baseUrl());
        if (cause instanceof ConnectException) {
            return "connection refused by " + host;
        }
        if (cause instanceof UnknownHostException) {
            return "unknown host " + settings.baseUrl().getHost();
        }
        if (cause instanceof NoRouteToHostException) {
            return "no route to " + host;
        }
        if (cause instanceof SocketTimeoutException) {
            return isConnectTimeout(cause)
                    ? "no connection to " + host + " within " + seconds(settings.connectTimeout().toMillis())
                    : "no answer from " + host + " within " + seconds(settings.readTimeout().toMillis())
                            + " (" + ModelsLabSettings.READ_TIMEOUT + ")";
        }
        if (cause instanceof GuardedBody.Expired || cause instanceof GuardedBody.ShortBody) {
            return message(cause);
        }
        if (isNotHttp(cause)) {
            return "the answer from " + host + " was not HTTP";
        }
        if (cause instanceof SSLException) {
            return "the TLS connection to " + host + " failed (" + message(cause) + ")";
        }
        return "the connection to " + host + " failed (" + message(cause) + ")";
    }

    private String message(IOException cause) {
        @Nullable String message = cause.getMessage();
        return message == null ? "no detail" : redactor.oneLine(message, 120);
    }

    /** The JDK's words for bytes that are no HTTP status line, and Feign's for the status it then reports (-1). */
    private static boolean isNotHttp(IOException cause) {
        String message = cause.getMessage();
        return message != null && (message.startsWith("Invalid status(") || message.contains("Invalid Http response"));
    }

    private static boolean isConnectTimeout(IOException cause) {
        String message = cause.getMessage();
        return message != null && message.toLowerCase(Locale.ROOT).contains("connect timed out");
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
