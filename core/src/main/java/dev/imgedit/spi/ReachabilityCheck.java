package dev.imgedit.spi;

import dev.imgedit.util.HttpUrls;
import java.net.URI;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a provider's service can be asked whether it is reachable, for a tool that checks a setup (the CLI's
 * {@code imgedit doctor}): one GET of {@link #url()}, without a key; any HTTP answer, whatever its status, shows that
 * the network path works. Providers that need no network have {@link #NOTHING_TO_CHECK}.
 *
 * @param url an absolute http(s) URL, or null when there is nothing to check
 */
public record ReachabilityCheck(@Nullable URI url) {
    /** For a provider that works without a network. */
    public static final ReachabilityCheck NOTHING_TO_CHECK = new ReachabilityCheck(null);

    public ReachabilityCheck {
        if (url != null) {
            if (!HttpUrls.isHttp(url)) {
                throw new IllegalArgumentException("a reachability check needs an absolute http(s) URL, got " + url);
            }
        }
    }

    /** A GET of {@code url}. */
    public static ReachabilityCheck of(URI url) {
        return new ReachabilityCheck(Objects.requireNonNull(url, "url is null"));
    }

    /** Whether there is something to ask. */
    public boolean isNeeded() {
        return url != null;
    }
}
