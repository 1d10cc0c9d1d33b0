package dev.imgedit.modelslab.internal.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.imgedit.modelslab.ModelsLabSettings;
import dev.imgedit.modelslab.internal.redaction.RedactingFeignLogger;
import dev.imgedit.modelslab.internal.redaction.Redactor;
import dev.imgedit.modelslab.internal.reply.ApiReply;
import dev.imgedit.modelslab.internal.reply.ApiReply.Status;
import dev.imgedit.modelslab.internal.reply.Failures;
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
import java.time.Duration;
import java.util.function.BiFunction;
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
    /**
     * The least time a submit's answer is waited for, even past the time allowed: the request is paid, and only its
     * answer names the job to resume.
     */
    public static final Duration SUBMIT_ANSWER_FLOOR = Duration.ofSeconds(5);

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
        return options(settings.connectTimeout(), settings.readTimeout());
    }

    private static Request.Options options(Duration connect, Duration read) {
        return new Request.Options(Durations.timeoutMillis(connect), TimeUnit.MILLISECONDS,
                Durations.timeoutMillis(read), TimeUnit.MILLISECONDS, false);
    }

    /**
     * The waits of one request, for its options and for the message when one runs out.
     *
     * @param readLimit what set the read timeout: its setting's name, or the time left
     */
    private record Waits(Duration connect, Duration read, String readLimit) {
        Request.Options options() {
            return ApiTransport.options(connect, read);
        }
    }

    /**
     * Sends an upload or a submit, sending it again only when that cannot cost a second edit: a submit when the
     * connection was never made or ModelsLab refused it (429, 503: it started nothing); an upload, which is free,
     * also after lost answers and server errors. A failure that outlived its retries says how many tries it took.
     * Nothing goes out once {@code patience} has run out, and each request waits for its connection and answer no
     * longer than the time left, except that a submit's answer gets at least {@link #SUBMIT_ANSWER_FLOOR}: the
     * request is paid, and its answer names the job to resume.
     *
     * @throws dev.imgedit.exception.EditTimeoutException when the time ran out before the submit went out
     */
    public ApiReply send(Phase phase, BiFunction<ModelsLabApi, Request.Options, Response> call, Patience patience) {
        @Nullable String[] last = {null};
        Retrier.Tried<ApiReply> tried = retrier.resend(phase, null, () -> {
            if (patience.ranOut()) {
                throw Failures.ranOutBeforeSubmit(phase, patience.allowed(), last[0]);
            }
            Duration read = patience.cut(settings.readTimeout(),
                    phase == Phase.SUBMIT ? SUBMIT_ANSWER_FLOOR : Duration.ZERO);
            Waits waits = new Waits(patience.cut(settings.connectTimeout(), Duration.ZERO), read,
                    read.equals(settings.readTimeout()) ? ModelsLabSettings.READ_TIMEOUT : "the time left");
            if (phase == Phase.SUBMIT) {
                patience.listener().onSubmitting();
            }
            ApiReply reply = call(phase, api -> call.apply(api, waits.options()), waits);
            last[0] = reply.detail();
            return reply;
        }, reply -> {
            Status status = reply.status();
            boolean resend = status.isFailure()
                    && (phase == Phase.UPLOAD ? status.mayAskAgain() : status.provesNothingStarted());
            return resend ? new Retrier.Reason(reply.detail(), reply.retryAfter(), status == Status.RATE_LIMITED
                    ? Retrier.RATE_LIMIT_BACKOFF : Retrier.CONNECTION_BACKOFF) : null;
        }, patience);
        if (phase == Phase.UPLOAD && tried.last().status().isFailure() && (tried.outOfTime() || patience.ranOut())) {
            throw Failures.ranOutBeforeSubmit(phase, patience.allowed(), tried.last().detail());
        }
        if (tried.outOfTime()) {
            return tried.last().withDetail(tried.last().detail() + ", a wait longer than the time left");
        }
        return tried.gaveUp() && tried.attempts() > 1 ? tried.last().afterAttempts(tried.attempts()) : tried.last();
    }

    /** Sends one request, once. */
    public ApiReply call(Phase phase, Function<ModelsLabApi, Response> call) {
        return call(phase, call, new Waits(settings.connectTimeout(), settings.readTimeout(),
                ModelsLabSettings.READ_TIMEOUT));
    }

    /** Sends one request, once, whose options wait as {@code waits} says. */
    private ApiReply call(Phase phase, Function<ModelsLabApi, Response> call, Waits waits) {
        Response response;
        try {
            response = call.apply(api);
        } catch (EncodeException e) {
            return ApiReply.noAnswer("the request could not be written as JSON", false);
        } catch (FeignException e) {
            ApiReply unanswered = e.getCause() instanceof IOException cause
                    ? ApiReply.noAnswer(describe(cause, waits), !provablyNotSent(cause))
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
            String description = "the answer broke off: " + describe(e, waits);
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

    private String describe(IOException cause, Waits waits) {
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
                    ? "no connection to " + host + " within " + Durations.describe(waits.connect())
                    : "no answer from " + host + " within " + Durations.describe(waits.read()) + " ("
                            + waits.readLimit() + ")";
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
