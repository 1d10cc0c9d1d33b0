package dev.imgedit.mcp.internal.stdio;

import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.Disposables;
import reactor.core.publisher.Mono;

/**
 * The messages the session is handling (a tool call runs for minutes), so that the end of input can wait until each
 * is answered, and give up the ones that could never be.
 */
final class Handlings {
    private static final Logger LOG = LoggerFactory.getLogger(Handlings.class);

    private record Handling(JSONRPCMessage message, Disposable.Swap subscription) {
    }

    private final Map<Long, Handling> running = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final Object finished = new Object();

    /** Subscribes to {@code handling}, the session's handling of {@code message}, and keeps it until it ends. */
    void start(JSONRPCMessage message, Mono<Void> handling) {
        long key = sequence.incrementAndGet();
        Disposable.Swap subscription = Disposables.swap();
        running.put(key, new Handling(message, subscription));
        // The handling may end within subscribe(), before update(): its entry is gone by then, which is all it takes.
        subscription.update(handling.doFinally(signal -> end(key)).subscribe(
                nothing -> { },
                error -> LOG.debug("handling {} failed", message, error)));
    }

    /** Stops handling the requests that {@code abandoned} picks, and returns them for the caller to answer. */
    List<JSONRPCRequest> cancel(Predicate<JSONRPCRequest> abandoned) {
        List<JSONRPCRequest> cancelled = new ArrayList<>();
        running.forEach((key, handling) -> {
            if (handling.message() instanceof JSONRPCRequest request && abandoned.test(request)
                    && running.remove(key, handling)) {
                handling.subscription().dispose();
                cancelled.add(request);
            }
        });
        signal();
        return cancelled;
    }

    /** Returns once no message is being handled. */
    void awaitNone() throws InterruptedException {
        synchronized (finished) {
            while (!running.isEmpty()) {
                finished.wait();
            }
        }
    }

    private void end(long key) {
        running.remove(key);
        signal();
    }

    private void signal() {
        synchronized (finished) {
            finished.notifyAll();
        }
    }
}
