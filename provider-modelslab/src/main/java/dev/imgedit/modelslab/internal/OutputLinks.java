package dev.imgedit.modelslab.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Picks the output URLs of a reply: {@code output}, else {@code proxy_links}, else {@code future_links}. */
final class OutputLinks {
    private static final Logger LOGGER = LoggerFactory.getLogger(OutputLinks.class);

    private OutputLinks() {}

    /**
     * The first non-empty of the reply's {@code output}, {@code proxy_links} and {@code future_links}, else
     * {@code known} (links an earlier reply promised). {@code proxy_links} are copies of the outputs, so the two
     * lists are never merged.
     */
    static List<URI> of(WireReply reply, List<URI> known) {
        for (List<String> candidates : List.of(reply.outputUrls(), reply.proxyUrls(), reply.futureUrls())) {
            List<URI> urls = parse(candidates);
            if (!urls.isEmpty()) {
                return urls;
            }
        }
        return known;
    }

    static List<URI> parse(List<String> texts) {
        List<URI> urls = new ArrayList<>();
        for (String text : texts) {
            try {
                URI url = new URI(text);
                if (url.isAbsolute()) {
                    urls.add(url);
                    continue;
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            LOGGER.warn("ignoring an output link that is not an absolute URL: {}", text.length() > 120
                    ? text.substring(0, 120) + "…" : text);
        }
        return urls;
    }
}
