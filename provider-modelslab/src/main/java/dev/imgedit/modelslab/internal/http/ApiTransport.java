package dev.imgedit.modelslab.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.modelslab.ModelsLabSettings;
import dev.imgedit.modelslab.internal.redaction.RedactingFeignLogger;
import dev.imgedit.modelslab.internal.redaction.Redactor;
import dev.imgedit.modelslab.internal.reply.ApiReply;
import dev.imgedit.modelslab.internal.reply.ApiReply.Status;
import dev.imgedit.modelslab.internal.reply.Phase;
import dev.imgedit.modelslab.internal.reply.ReplyReader;
import dev.imgedit.modelslab.internal.retry.Patience;
import dev.imgedit.modelslab.internal.retry.Retrier;
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
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends requests to the API through Feign and turns whatever happens into an {@link ApiReply}: nothing from Feign or
 * {@code java.net} goes further. Feign never retries ({@link Retryer#NEVER_RETRY}): a resent submit can be a second
 * paid edit, so {@link #send} resends only what provably started nothing.
 */
public final class ApiTransport {
    private static final Logger LOGGER = LoggerFactory.getLogger(ApiTransport.class);

    private final ModelsLabApi api;
    private final ModelsLabSettings settings;
    private final Redactor redactor;
    private final ReplyReader reader;
    private final Retrier retrier;

    public ApiTransport(ModelsLabSettings settings, Client client, ObjectMapper mapper, Redactor redactor,
            Retrier retrier) {
        this.settings = settings;
        this.retrier = retrier;
        this.redactor = redactor;
        this.reader = new ReplyReader(mapper, redactor);
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
    public static Request.Options requestOptions(ModelsLabSettings settings) {
        return new Request.Options(settings.connectTimeout().toMillis(), TimeUnit.MILLISECONDS,
                settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS, false);
    }

    /**
     * Sends an upload or a submit, sending it again only when that cannot cost a second edit: a submit when the
     * connection was never made or ModelsLab refused it (429, 503: it started nothing); an upload, which is free,
     * also after lost answers and server errors. A failure that outlived its retries says how many tries it took.
     */
    public ApiReply send(Phase phase, Function<ModelsLabApi, Response> call, Patience patience) {
        Retrier.Tried<ApiReply> tried = retrier.resend(phase, null, () -> {
            if (phase == Phase.SUBMIT) {
                patience.listener().onSubmitting();
            }
            return call(phase, call);
        }, reply -> {
            Status status = reply.status();
            boolean resend = status.isFailure()
                    && (phase == Phase.UPLOAD ? status.mayAskAgain() : status.provesNothingStarted());
            return resend ? new Retrier.Reason(reply.detail(), reply.retryAfter(), status == Status.RATE_LIMITED
                    ? Retrier.RATE_LIMIT_BACKOFF : Retrier.CONNECTION_BACKOFF) : null;
        }, patience);
        if (tried.outOfTime()) {
            return tried.last().withDetail(tried.last().detail() + ", a wait longer than the time left");
        }
        return tried.gaveUp() && tried.attempts() > 1 ? tried.last().afterAttempts(tried.attempts()) : tried.last();
    }

    /** Sends one request, once. */
    public ApiReply call(Phase phase, Function<ModelsLabApi, Response> call) {
        Response response;
        try {
            response = call.apply(api);
        } catch (EncodeException e) {
            return ApiReply.noAnswer("the request could not be written as JSON", false);
        } catch (FeignException e) {
            ApiReply unanswered = e.getCause() instanceof IOException cause
                    ? ApiReply.noAnswer(describe(cause), !provablyNotSent(cause))
                    : ApiReply.noAnswer("the request failed", true);
            LOGGER.debug("{}: no answer from {}: {}", phase.doing(), HttpUrls.origin(settings.baseUrl()),
                    unanswered.detail());
            return unanswered;
        }
        try (response) {
            ApiReply reply = reader.read(phase, response);
            LOGGER.debug("{}: HTTP {}: {}", phase.doing(), response.status(), reply);
            return reply;
        } catch (IOException e) {
            String description = "the answer broke off: " + describe(e);
            LOGGER.debug("{}: {}", phase.doing(), description);
            return ApiReply.noAnswer(description, true);
        }
    }

    /**
     * Only a connection that was never made proves that the server saw nothing: refused, unknown host, no route, no
     * connection in time, or a proxy that would not open the tunnel to it.
     */
    static boolean provablyNotSent(IOException cause) {
        return cause instanceof ConnectException
                || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException
                || (cause instanceof SocketTimeoutException && isConnectTimeout(cause))
                || isRefusedTunnel(cause);
    }

    /** The JDK's words when a proxy answers CONNECT with anything but 200. */
    private static boolean isRefusedTunnel(IOException cause) {
        String message = cause.getMessage();
        return message != null && message.startsWith("Unable to tunnel through proxy");
    }

    private String describe(IOException cause) {
        String host = HttpUrls.origin(settings.baseUrl());
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
                    ? "no connection to " + host + " within " + Durations.describe(settings.connectTimeout())
                    : "no answer from " + host + " within " + Durations.describe(settings.readTimeout())
                            + " (" + ModelsLabSettings.READ_TIMEOUT + ")";
        }
        if (cause instanceof GuardedBody.Expired || cause instanceof GuardedBody.ShortBody) {
            return message(cause);
        }
        if (isNotHttp(cause)) {
            return "the answer from " + host + " was not HTTP";
        }
        if (isRefusedTunnel(cause)) {
            return "the proxy would not open a tunnel to " + host + " (" + message(cause) + ")";
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
}
