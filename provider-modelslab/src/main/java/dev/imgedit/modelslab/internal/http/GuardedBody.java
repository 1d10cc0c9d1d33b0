package dev.imgedit.modelslab.internal.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import dev.imgedit.util.Durations;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A response body that must arrive whole and in time, handed out by
 * {@link dev.imgedit.modelslab.internal.ReleasingClient} before Feign or imgedit reads a byte of it:
 * <ul>
 *   <li><b>in time:</b> the read timeout bounds each wait for bytes, not the body, so a server trickling a byte at a
 *       time could hold a call for as long as it liked. The whole body must arrive within the read timeout, checked
 *       before every read (so it takes at most twice that). Real time, on purpose: it measures the network, which an
 *       injected test clock does not slow down.
 *   <li><b>whole:</b> {@code HttpURLConnection} reports a connection that closes before {@code Content-Length}
 *       bytes as a normal end of the body, so a cut-off image would pass for a whole one (its size is in its first
 *       bytes). Reaching the end early is an error here.
 * </ul>
 * Closing it hands the stream to {@code ending} once, which decides whether to close it.
 */
public final class GuardedBody extends FilterInputStream {
    /** The most the JDK drains of an abandoned body itself ({@code http.KeepAlive.remainingData}, 512 KiB). */
    private static final long SMALL_REST = 512 * 1024;

    private final @Nullable Integer declaredLength;
    private final Duration limit;
    private final long deadline;
    private final Ending ending;
    private long received;
    private boolean atEnd;
    private boolean closed;

    /** What becomes of the stream underneath when the body is closed. */
    @FunctionalInterface
    public interface Ending {
        /**
         * @param stream the stream underneath, not closed yet
         * @param readToEnd whether the body was read to its end (and found whole)
         */
        void end(InputStream stream, boolean readToEnd) throws IOException;
    }

    /**
     * @param declaredLength the {@code Content-Length}, or null when unknown or the body is compressed
     * @param limit how long the whole body may take, from now
     */
    public GuardedBody(InputStream in, @Nullable Integer declaredLength, Duration limit, Ending ending) {
        super(in);
        this.declaredLength = declaredLength;
        this.limit = limit;
        this.deadline = System.nanoTime() + Durations.saturatedNanos(limit);
        this.ending = ending;
    }

    @Override
    public int read() throws IOException {
        checkTime();
        int next = super.read();
        if (next < 0) {
            checkWhole();
        } else {
            received++;
        }
        return next;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        checkTime();
        int count = super.read(buffer, offset, length);
        if (count < 0) {
            checkWhole();
        } else {
            received += count;
        }
        return count;
    }

    @Override
    public long skip(long count) throws IOException {
        checkTime();
        long skipped = super.skip(count);
        received += skipped;
        return skipped;
    }

    /** Hands the stream on, saying whether the body was read to its end (finishing a small rest first). */
    @Override
    public void close() throws IOException {
        if (!closed) {
            boolean readToEnd = atEnd || finishSmallRest();
            closed = true;
            ending.end(in, readToEnd);
        }
    }

    /**
     * Reads the rest of a body left unread (an error page, say) when it is small, within the body's time; whether
     * that reached the end. Left to the JDK, a rest this small would be read on a background thread and its
     * connection kept where {@link dev.imgedit.modelslab.internal.ReleasingClient} cannot reach it.
     */
    private boolean finishSmallRest() {
        try {
            if (declaredLength == null || declaredLength - received > SMALL_REST) {
                return false;
            }
            byte[] buffer = new byte[8192];
            while (read(buffer, 0, buffer.length) >= 0) {
                // discarded
            }
            return atEnd;
        } catch (IOException e) {
            return false;
        }
    }

    private void checkTime() throws Expired {
        if (System.nanoTime() - deadline > 0) {
            throw new Expired("the body did not arrive in full within " + Durations.describe(limit)
                    + " (MODELSLAB_READ_TIMEOUT)");
        }
    }

    private void checkWhole() throws ShortBody {
        atEnd = declaredLength == null || received >= declaredLength;
        if (!atEnd) {
            throw new ShortBody(String.format(Locale.ROOT, "the connection closed when only %,d of the body's %,d "
                    + "bytes had arrived", received, declaredLength));
        }
    }

    /** The body was still arriving when its time ran out. */
    public static final class Expired extends IOException {
        private static final long serialVersionUID = 1L;

        Expired(String message) {
            super(message);
        }
    }

    /** The connection ended before the declared length. */
    public static final class ShortBody extends IOException {
        private static final long serialVersionUID = 1L;

        ShortBody(String message) {
            super(message);
        }
    }
}
