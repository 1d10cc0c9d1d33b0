package dev.imgedit;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The future of {@link ImageEditProvider#editAsync}: run on an executor, it completes with the edit's result or
 * failure, and {@code cancel(true)} interrupts the edit while it runs, as a {@link java.util.concurrent.FutureTask}'s
 * does (a plain {@link CompletableFuture} would only mark itself cancelled and leave the edit running).
 */
final class InterruptibleEdit extends CompletableFuture<EditResult> implements Runnable {
    private final Supplier<EditResult> edit;
    private @Nullable Thread runner;
    private boolean interruptedRunner;

    InterruptibleEdit(Supplier<EditResult> edit) {
        this.edit = edit;
    }

    @Override
    public void run() {
        synchronized (this) {
            if (isDone()) {
                return;
            }
            runner = Thread.currentThread();
        }
        try {
            complete(edit.get());
        } catch (RuntimeException | Error e) {
            completeExceptionally(e);
        } finally {
            synchronized (this) {
                runner = null;
                if (interruptedRunner) {
                    // The interrupt was for this edit alone, not for the executor's next task.
                    Thread.interrupted();
                }
            }
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled && mayInterruptIfRunning) {
            synchronized (this) {
                if (runner != null) {
                    interruptedRunner = true;
                    runner.interrupt();
                }
            }
        }
        return cancelled;
    }
}
