package dev.imgedit.testkit.example;

import dev.imgedit.EditJob;
import dev.imgedit.EditListener;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.EditedImage;
import dev.imgedit.ImageBytes;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.JobProgress;
import dev.imgedit.JobStatus;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.exception.JobNotFoundException;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import java.awt.geom.AffineTransform;
import java.awt.image.AffineTransformOp;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;

/** The {@code mirror} provider: flips images left to right, on this machine. A whole provider in one file. */
public final class MirrorProviderFactory implements ImageEditProviderFactory {
    static final ProviderInfo INFO = ProviderInfo.offline("mirror", "Flips images left to right, offline",
            List.of(ModelInfo.builder("mirror-1", "a left-right flip").maxJobsInFlight(4).build()));

    @Override public ProviderInfo info() { return INFO; }
    @Override public boolean isConfigured(ProviderConfig config) { return true; }   // needs nothing
    @Override public ImageEditProvider create(ProviderConfig config) {
        return new Mirror(config.integer("MIRROR_QUEUE_CHECKS", 0, 100).orElse(0));
    }

    /** Jobs live in a map that stands in for the service, so any instance can resume them. */
    static final class Mirror implements ImageEditProvider {
        private static final Map<String, EditedImage> DONE = new ConcurrentHashMap<>();
        private final Map<String, AtomicInteger> checksLeft = new ConcurrentHashMap<>();
        private final int queueChecks;
        private volatile boolean closed;

        Mirror(int queueChecks) { this.queueChecks = queueChecks; }

        @Override public ProviderInfo info() { return INFO; }

        @Override public EditJob submit(EditRequest request) {
            if (closed) throw new IllegalStateException("closed");
            ImageInput.Bytes input = (ImageInput.Bytes) INFO.check(request).request().image();  // checks first
            String id = "mirror-" + UUID.randomUUID();
            DONE.put(id, EditedImage.of(flip(input.data()), null, id));
            checksLeft.put(id, new AtomicInteger(queueChecks));
            return EditJob.builder(INFO.id(), id).build();
        }

        @Override public EditResult await(EditJob job, Duration timeout, EditListener listener) {
            EditedImage image = DONE.get(job.id());
            if (image == null) throw new JobNotFoundException("no job " + job.id(), job.id(), null);
            AtomicInteger left = checksLeft.computeIfAbsent(job.id(), id -> new AtomicInteger());
            for (int checks = 1; left.getAndDecrement() > 0; checks++) {      // "the service says: still queued"
                listener.onProgress(JobProgress.of(job.id(), JobStatus.PROCESSING, checks, Duration.ZERO));
            }
            return EditResult.builder(job).image(image).build();
        }

        @Override public EditJob resume(String jobId) { return EditJob.ofId(INFO.id(), jobId); }
        static int jobsStarted() { return DONE.size(); }                     // for the test kit
        @Override public void close() { closed = true; }

        private static ImageBytes flip(ImageBytes bytes) {
            try {
                BufferedImage image = ImageIO.read(bytes.openStream());
                AffineTransform mirror = new AffineTransform(-1, 0, 0, 1, image.getWidth(), 0);
                BufferedImage flipped = new AffineTransformOp(mirror, AffineTransformOp.TYPE_NEAREST_NEIGHBOR)
                        .filter(image, null);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ImageIO.write(flipped, "png", out);
                return ImageBytes.adopt(out.toByteArray());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
