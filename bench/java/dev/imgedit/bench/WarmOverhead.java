package dev.imgedit.bench;

import dev.imgedit.EditJob;
import dev.imgedit.EditRequest;
import dev.imgedit.EditResult;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Row 1: one edit (upload, submit, poll, download) through the imgedit library's ModelsLab provider against the
 * same edit as bare HTTP exchanges ({@link BareExchanges}), buffered and streamed, in one warmed-up JVM, in turn
 * (A B C A B C ...), so each ratio compares runs made moments apart.
 *
 * <p>Run: {@code java -cp lib/*:bench/target/classes dev.imgedit.bench.WarmOverhead BASE_URL IMAGE WARMUP ROUNDS}.
 * Prints one line: {@code library_ms=... floor_ms=... streamed_floor_ms=... ratio=...}, medians in milliseconds and
 * the median of the ratios of the library to the (buffered) floor.
 */
public final class WarmOverhead {
    private WarmOverhead() {}

    public static void main(String[] args) throws Exception {
        String base = args[0];
        Path image = Path.of(args[1]);
        int warmup = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        ProviderConfig config = ProviderConfig.of(Map.of("MODELSLAB_API_KEY", "bench-key", "MODELSLAB_BASE_URL",
                base, "MODELSLAB_POLL_MIN_INTERVAL", "1ms"));
        BareExchanges floor = new BareExchanges(base, "bench-key", false);
        BareExchanges streamedFloor = new BareExchanges(base, "bench-key", true);
        try (ImageEditProvider provider = modelsLab().create(config)) {
            for (int i = 0; i < warmup; i++) {
                library(provider, image);
                floor.edit(image);
                streamedFloor.edit(image);
            }
            double[] library = new double[rounds];
            double[] bare = new double[rounds];
            double[] streamed = new double[rounds];
            double[] ratios = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                library[i] = library(provider, image);
                bare[i] = floor.edit(image);
                streamed[i] = streamedFloor.edit(image);
                ratios[i] = library[i] / bare[i];
            }
            System.out.printf(Locale.ROOT, "library_ms=%.3f floor_ms=%.3f streamed_floor_ms=%.3f ratio=%.3f%n",
                    median(library) / 1e6, median(bare) / 1e6, median(streamed) / 1e6, median(ratios));
        }
    }

    private static ImageEditProviderFactory modelsLab() {
        for (ImageEditProviderFactory factory : ServiceLoader.load(ImageEditProviderFactory.class)) {
            if (factory.id().equals("modelslab")) {
                return factory;
            }
        }
        throw new IllegalStateException("the ModelsLab provider is not on the classpath");
    }

    /** Nanoseconds for one edit through the library, from the file to the result's bytes. */
    private static double library(ImageEditProvider provider, Path image) {
        long start = System.nanoTime();
        EditJob job = provider.submit(EditRequest.builder(ImageInput.file(image), "make it snow").build());
        EditResult result = provider.await(job, Duration.ofSeconds(30));
        if (result.image().bytes().isEmpty()) {
            throw new IllegalStateException("an empty result");
        }
        return System.nanoTime() - start;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
