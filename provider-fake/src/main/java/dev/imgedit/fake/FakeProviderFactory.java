package dev.imgedit.fake;

import dev.imgedit.AspectRatio;
import dev.imgedit.Capability;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.fake.internal.FakeImageEditProvider;
import dev.imgedit.fake.internal.job.JobIds;
import dev.imgedit.fake.internal.script.ScriptFile;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.JobIdOwnership;
import dev.imgedit.spi.ProviderConfig;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * The offline fake provider, id {@value #ID}: edits made on this machine with Java2D, the same bytes for the same
 * images, prompt and seed. It reads a few words of the prompt (snow, night, black and white, sepia, invert, blur,
 * warm or sunset, cool or cold, bright, dark) and otherwise tints the image from a hash of the prompt, writes the
 * prompt in a band at the bottom and says so in a notice. It honours the aspect ratio by a centre crop, keeps the
 * longer side at most 1024 pixels, shows reference images as insets in the top-right corner, takes PNG, JPEG and
 * WebP bytes or http(s) URLs (which it downloads), and answers with a PNG, or a JPEG when asked.
 * {@code docs/fake.md} lists every word and setting.
 *
 * <p>Settings, read by {@link #create(ProviderConfig)} (or set in code with {@link FakeSettings}):
 * <ul>
 *   <li>{@code IMGEDIT_FAKE_LATENCY}: a duration ({@code 250ms}, {@code 2s}) slept at submit and at each status
 *       check, default 0;
 *   <li>{@code IMGEDIT_FAKE_QUEUE_CHECKS}: submit answers "processing" and the first N status checks too; the next
 *       one finds the job done; default 0 (done at submit). The checks are counted with the job, whichever process
 *       makes them;
 *   <li>{@code IMGEDIT_FAKE_QUEUE_TIME}: a duration after submit before the job is done, default 0;
 *   <li>{@code IMGEDIT_FAKE_NEVER_FINISH}: {@code true} keeps every job "processing", for timeout tests;
 *   <li>{@code IMGEDIT_FAKE_FAIL}: an {@link dev.imgedit.exception.ErrorKind} name such as {@code RATE_LIMITED},
 *       {@code AUTHENTICATION}, {@code INSUFFICIENT_CREDITS}, {@code CONTENT_REJECTED},
 *       {@code PROVIDER_UNAVAILABLE}, {@code OUTCOME_UNKNOWN} or {@code INVALID_REQUEST}, thrown by submit, or
 *       {@code JOB_FAILED} (or {@code JOB_NOT_FOUND}), thrown while awaiting a job that was accepted;
 *   <li>{@code IMGEDIT_FAKE_SCRIPT}: a {@link FakeScript} file saying what each submit gets, in order, instead of
 *       the four settings above;
 *   <li>{@code IMGEDIT_FAKE_JOB_DIRECTORY}: where jobs are kept, default
 *       {@code <java.io.tmpdir>/imgedit-fake-jobs-<user name>}; {@code memory} keeps them in this JVM only.
 * </ul>
 * A malformed value fails {@code create} with an {@link dev.imgedit.exception.InvalidRequestException} naming the
 * setting.
 *
 * <p>Jobs are kept as a remote service keeps them, so that another process can resume one by its id (the CLI's
 * {@code imgedit fetch}): one directory per job in the job directory, with its images and a small description,
 * forgotten after a day or beyond the newest 100 (see {@link FakeSettings#defaultJobDirectory()}). Job ids, such as
 * {@code fake-7k2m9q4wzx0c-1da3dab7}, are random, so they do not repeat across processes; the image bytes do not
 * depend on them, and stay the same for the same input, prompt and seed. With {@code memory}, jobs are kept
 * JVM-wide (the newest 1000), so another provider instance of the same JVM can resume one, and a new process
 * cannot. Tests that want a fake of their own, with a script, a recording of calls and a clock that costs no time,
 * use {@link FakeService}.
 */
public final class FakeProviderFactory implements ImageEditProviderFactory {
    /** The id used to choose this provider. */
    public static final String ID = "fake";

    /** The one model: Java2D effects chosen by the prompt's words. */
    public static final String MODEL = "fake-java2d";

    /** The image edited and up to three references. */
    public static final int MAX_IMAGES = 4;

    private static final ModelInfo JAVA2D = ModelInfo.builder(MODEL,
                    "Java2D effects picked by the prompt's words, else a tint and a caption; references as insets")
            .aspectRatios(EnumSet.allOf(AspectRatio.class))
            .maxImages(MAX_IMAGES)
            .inputTypes(EnumSet.of(ImageType.PNG, ImageType.JPEG, ImageType.WEBP))
            .maxInputBytes(20L * 1024 * 1024)
            .maxInputPixels(50_000_000L)
            .outputFormats(EnumSet.of(ImageType.PNG, ImageType.JPEG))
            .capabilities(EnumSet.of(Capability.BYTES_INPUT, Capability.URL_INPUT, Capability.SEED,
                    Capability.RESUME_IN_NEW_PROCESS))
            .maxJobsInFlight(5)
            .build();

    private static final ProviderInfo INFO = ProviderInfo.offline(ID,
            "Offline fake: real, deterministic Java2D edits; no account; downloads URL inputs", List.of(JAVA2D));

    /** Does nothing: listing providers instantiates every factory. */
    public FakeProviderFactory() {}

    @Override
    public ProviderInfo info() {
        return INFO;
    }

    /** Fake job ids have a shape of their own ({@code fake-7k2m9q4wzx0c-1da3dab7}): anything else is not one. */
    @Override
    public JobIdOwnership jobIdOwnership(String jobId) {
        return JobIds.isJobId(jobId.strip()) ? JobIdOwnership.OWN : JobIdOwnership.FOREIGN;
    }

    /** Needs nothing: it is always ready. */
    @Override
    public boolean isConfigured(ProviderConfig config) {
        return true;
    }

    /**
     * @throws dev.imgedit.exception.InvalidRequestException naming the setting when an {@code IMGEDIT_FAKE_*} value
     *     is malformed, or the script file is missing or has a line that is not an outcome
     */
    @Override
    public ImageEditProvider create(ProviderConfig config) {
        return create(FakeSettings.fromConfig(config));
    }

    /**
     * Opens a fake provider configured in code, as an embedding application would.
     *
     * @throws dev.imgedit.exception.InvalidRequestException naming {@value FakeSettings#SCRIPT} when the script file
     *     is missing or has a line that is not an outcome
     */
    public ImageEditProvider create(FakeSettings settings) {
        Objects.requireNonNull(settings, "settings is null");
        ScriptFile script = null;
        if (settings.script() != null) {
            try {
                script = FakeScript.load(settings.script());
            } catch (InvalidRequestException e) {
                throw new InvalidRequestException(FakeSettings.SCRIPT + ": " + e.getMessage());
            }
        }
        return FakeImageEditProvider.open(settings.jobDirectory() != null ? INFO : inThisProcessOnly(), settings,
                script);
    }

    /** Jobs kept in memory cannot be resumed by another process. */
    static ProviderInfo inThisProcessOnly() {
        EnumSet<Capability> capabilities = EnumSet.copyOf(JAVA2D.capabilities());
        capabilities.remove(Capability.RESUME_IN_NEW_PROCESS);
        return ProviderInfo.offline(ID, INFO.description(), List.of(JAVA2D.toBuilder().capabilities(capabilities)
                .build()));
    }
}
