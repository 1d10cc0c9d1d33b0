package dev.imgedit.modelslab.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ProviderInfo;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.modelslab.ModelsLabSettings;
import dev.imgedit.modelslab.internal.http.ApiTransport;
import dev.imgedit.modelslab.internal.redaction.Redactor;
import dev.imgedit.modelslab.internal.reply.OutputLinks;
import dev.imgedit.modelslab.internal.retry.Patience;
import dev.imgedit.modelslab.internal.retry.Retrier;
import dev.imgedit.modelslab.internal.retry.Timing;
import dev.imgedit.modelslab.internal.transfer.DownloadPolicy;
import dev.imgedit.modelslab.internal.transfer.Downloader;
import dev.imgedit.modelslab.internal.transfer.Uploader;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The ModelsLab provider. Thread-safe: its parts hold no per-edit state. It starts no threads; the HTTP client is
 * Feign's {@code HttpURLConnection} one, whose kept-alive connections live in the JDK's shared cache until
 * {@link #close()} releases them ({@link ReleasingClient}).
 */
public final class ModelsLabProvider implements ImageEditProvider {
    public static final String PROVIDER_ID = "modelslab";

    private final ProviderInfo info;
    private final Timing timing;
    private final Submitter submitter;
    private final Poller poller;
    private final Redactor redactor;
    private final ReleasingClient client = new ReleasingClient();
    private final AtomicBoolean closed = new AtomicBoolean();

    public ModelsLabProvider(ProviderInfo info, ModelsLabSettings settings, Timing timing) {
        this.info = Objects.requireNonNull(info, "info is null");
        this.timing = Objects.requireNonNull(timing, "timing is null");
        ObjectMapper mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        this.redactor = Redactor.of(settings.apiKey());
        Retrier retrier = new Retrier(settings.maxRetries(), settings.maxRetryWait(), timing);
        ApiTransport transport = new ApiTransport(settings, client, mapper, redactor, retrier);
        Downloader downloader = new Downloader(client, DownloadPolicy.forBaseUrl(settings.baseUrl()),
                ApiTransport.requestOptions(settings), settings.maxDownloadBytes(), retrier, redactor);
        OutputLinks links = new OutputLinks(redactor);
        this.submitter = new Submitter(transport, new Uploader(transport, settings.apiKey().reveal(), redactor), links,
                settings, timing);
        this.poller = new Poller(transport, downloader, links, settings, retrier, timing);
    }

    @Override
    public ProviderInfo info() {
        return info;
    }

    @Override
    public EditJob submit(EditRequest request) {
        ensureOpen();
        return submitter.submit(info.check(request), Patience.unlimited());
    }

    @Override
    public EditJob submit(EditRequest request, Duration patience, EditListener listener) {
        ensureOpen();
        return submitter.submit(info.check(request), Patience.of(patience, listener, timing));
    }

    @Override
    public EditResult await(EditJob job, Duration timeout, EditListener listener) {
        ensureOpen();
        if (!job.providerId().equals(PROVIDER_ID)) {
            throw new InvalidRequestException("job " + job.id() + " belongs to the provider '" + job.providerId()
                    + "', not to " + PROVIDER_ID);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new InvalidRequestException("the timeout must be positive, got " + timeout);
        }
        return poller.await(job, timeout, listener, closed::get);
    }

    @Override
    public EditJob resume(String jobId) {
        ensureOpen();
        String id = jobId.strip();
        if (redactor.containsSecret(id)) {
            // Pasted by mistake: a fetch would put it in a URL path, and a message would echo it.
            throw new InvalidRequestException("that is the API key, not a job id: pass the id that submit printed");
        }
        if (!PollTarget.isValidJobId(id)) {
            throw new InvalidRequestException("'" + jobId + "' is not a ModelsLab job id: expected letters, digits, "
                    + "'.', '_', '~' or '-', such as 123456789");
        }
        return EditJob.builder(PROVIDER_ID, id).submittedAt(timing.now()).build();
    }

    /**
     * Idempotent; never blocks. Nothing is sent afterwards: awaits in progress stop at their next poll, and a submit
     * not yet sent is not sent. Idle kept-alive connections are closed now, those of exchanges in flight as they end.
     */
    @Override
    public void close() {
        closed.set(true);
        client.close();
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("the ModelsLab provider is closed");
        }
    }

    @Override
    public String toString() {
        return "ModelsLabProvider[" + info.defaultModel().id() + (closed.get() ? ", closed" : "") + "]";
    }
}
