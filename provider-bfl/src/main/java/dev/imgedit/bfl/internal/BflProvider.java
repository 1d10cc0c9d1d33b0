package dev.imgedit.bfl.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.imgedit.AccountBalance;
import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ProviderInfo;
import dev.imgedit.bfl.internal.failure.Failures;
import dev.imgedit.bfl.internal.failure.Phase;
import dev.imgedit.bfl.internal.http.BflApi;
import dev.imgedit.bfl.internal.http.Exchange;
import dev.imgedit.bfl.internal.http.Transport;
import dev.imgedit.bfl.internal.model.ModelCatalog;
import dev.imgedit.bfl.internal.settings.Hosts;
import dev.imgedit.bfl.internal.settings.KeyMask;
import dev.imgedit.bfl.internal.settings.Settings;
import dev.imgedit.bfl.internal.wire.CreditsAnswer;
import dev.imgedit.exception.InvalidRequestException;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The BFL provider. Thread-safe: its parts hold no per-edit state. It starts no threads and keeps no connection open
 * between requests ({@link Transport}), so {@link #close()} only stops further work.
 */
public final class BflProvider implements ImageEditProvider {
    private static final BigDecimal CREDITS_PER_DOLLAR = BigDecimal.valueOf(100);

    private final ProviderInfo info;
    private final KeyMask mask;
    private final Transport transport;
    private final Failures failures;
    private final ObjectMapper mapper;
    private final Submitter submitter;
    private final Poller poller;
    private final AtomicBoolean closed = new AtomicBoolean();

    public BflProvider(Settings settings) {
        this.info = ModelCatalog.info();
        this.mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.mask = KeyMask.of(settings.apiKey());
        this.transport = new Transport(settings, mask, mapper);
        this.failures = new Failures(mapper, mask);
        Hosts hosts = new Hosts(settings.baseUrl());
        Backoff backoff = new Backoff(settings.maxRetries(), settings.maxRetryWait());
        this.submitter = new Submitter(transport, failures, mapper, mask, backoff, hosts.allowsLoopbackHttp());
        Downloader downloader = new Downloader(transport, hosts, mask, backoff, settings.maxDownloadBytes());
        this.poller = new Poller(transport, failures, downloader, hosts, mapper, mask, settings);
    }

    @Override
    public ProviderInfo info() {
        return info;
    }

    @Override
    public EditJob submit(EditRequest request) {
        ensureOpen();
        return submitter.submit(info.check(request));
    }

    @Override
    public EditResult await(EditJob job, Duration timeout, EditListener listener) {
        ensureOpen();
        if (!job.providerId().equals(ModelCatalog.PROVIDER_ID)) {
            throw new InvalidRequestException("job " + job.id() + " belongs to the provider '" + job.providerId()
                    + "', not to " + ModelCatalog.PROVIDER_ID);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidRequestException("the timeout must be positive, got " + timeout);
        }
        return poller.await(job, timeout, listener, closed::get);
    }

    /** Whether {@code id} has the shape of a task id: BFL documents none, so this only rules out what cannot be. */
    public static boolean isTaskId(String id) {
        return JobDetails.isTaskId(id);
    }

    /** A task known by its id alone: awaiting it asks {@code /v1/get_result?id=} on the base URL. */
    @Override
    public EditJob resume(String jobId) {
        ensureOpen();
        String id = jobId.strip();
        if (mask.reveals(id)) {
            // Pasted by mistake: a poll would put it in a URL, and a message would echo it.
            throw new InvalidRequestException("that is the API key, not a task id: pass the id the submit returned");
        }
        if (!JobDetails.isTaskId(id)) {
            throw new InvalidRequestException("'" + jobId + "' is not a BFL task id: expected letters, digits, '.', "
                    + "'_', '~' or '-', such as 3f1c9a8e-5b7d-4c2e-9f0a-1b2c3d4e5f60");
        }
        return EditJob.ofId(ModelCatalog.PROVIDER_ID, id);
    }

    /** From {@code GET /v1/credits}, in credits; one credit is 0.01 USD. */
    @Override
    public Optional<AccountBalance> balance() {
        BigDecimal credits = credits();
        return Optional.of(new AccountBalance(credits, "credits", credits.divide(CREDITS_PER_DOLLAR)));
    }

    /**
     * The account's balance, from {@code GET /v1/credits}, in credits (1 credit = 0.01 USD).
     *
     * @throws dev.imgedit.exception.ImageEditException of the kind BFL's answer says (a refused key, ...)
     */
    private BigDecimal credits() {
        ensureOpen();
        Exchange exchange = transport.api(Phase.CREDITS.doing(), BflApi::credits);
        if (exchange instanceof Exchange.Unanswered unanswered) {
            throw Failures.unavailable(Phase.CREDITS, unanswered.description(), null);
        }
        Exchange.Answered answer = (Exchange.Answered) exchange;
        if (!answer.succeeded()) {
            throw failures.of(answer, Phase.CREDITS, "the account", null);
        }
        try {
            BigDecimal credits = mapper.readValue(answer.body(), CreditsAnswer.class).credits();
            if (credits != null) {
                return credits;
            }
        } catch (IOException e) {
            // worded below
        }
        throw Failures.unavailable(Phase.CREDITS, answer.statusLine() + " without a balance", null);
    }

    /** Idempotent; never blocks. Nothing is sent afterwards: an await in progress stops before its next poll. */
    @Override
    public void close() {
        closed.set(true);
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the BFL provider is closed");
        }
    }

    @Override
    public String toString() {
        return "BflProvider[" + info.defaultModel().id() + (closed.get() ? ", closed" : "") + "]";
    }
}
