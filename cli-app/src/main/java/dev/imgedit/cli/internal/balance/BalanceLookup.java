package dev.imgedit.cli.internal.balance;

import dev.imgedit.AccountBalance;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.spi.ProviderConfig;
import dev.imgedit.util.Durations;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;

/**
 * Asks a configured online provider for the account's balance, within a short time so that a listing never hangs
 * on a slow network: one request where the provider can tell ({@link ImageEditProvider#balance()}), none where not.
 *
 * @param balance the balance, or null
 * @param problem why it could not be had, or null
 */
public record BalanceLookup(@Nullable AccountBalance balance, @Nullable String problem) {
    public static final Duration LIMIT = Duration.ofSeconds(5);

    private static final BalanceLookup NONE = new BalanceLookup(null, null);

    /** Nothing to show for an offline or unconfigured provider, or one that cannot tell. */
    public static BalanceLookup of(ImageEditProviderFactory factory, ProviderConfig config) {
        if (factory.info().offline() || !factory.isConfigured(config)) {
            return NONE;
        }
        ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
            Thread asking = new Thread(runnable, "imgedit-balance-" + factory.id());
            asking.setDaemon(true);
            return asking;
        });
        try {
            Future<Optional<AccountBalance>> answer = thread.submit(() -> {
                try (ImageEditProvider provider = factory.create(config)) {
                    return provider.balance();
                }
            });
            return new BalanceLookup(answer.get(LIMIT.toMillis(), TimeUnit.MILLISECONDS).orElse(null), null);
        } catch (TimeoutException e) {
            return new BalanceLookup(null, "no answer within " + Durations.describe(LIMIT));
        } catch (ExecutionException e) {
            return new BalanceLookup(null, e.getCause() instanceof ImageEditException failure ? failure.getMessage()
                    : "it could not be read");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new BalanceLookup(null, "interrupted");
        } finally {
            thread.shutdownNow();
        }
    }

    /** For a listing: the balance, the problem, or null when there is nothing to say. */
    public @Nullable String describe() {
        return balance != null ? balance.toString() : problem != null ? "unknown (" + problem + ")" : null;
    }
}
