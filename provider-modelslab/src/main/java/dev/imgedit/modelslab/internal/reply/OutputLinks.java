package dev.imgedit.modelslab.internal.reply;

import dev.imgedit.modelslab.internal.redaction.Redactor;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the output URLs of a reply: {@code output}, else {@code proxy_links}, else {@code future_links}. A link that
 * holds the API key (in any form the {@link Redactor} masks) is dropped with a warning and never downloaded:
 * downloads carry no key, and such a URL would hand it to the file host.
 */
public final class OutputLinks {
    private static final Logger LOGGER = LoggerFactory.getLogger(OutputLinks.class);
    private static final int SHOWN_LENGTH = 120;

    private final Redactor redactor;

    public OutputLinks(Redactor redactor) {
        this.redactor = redactor;
    }

    /**
     * The first non-empty of the reply's {@code output}, {@code proxy_links} and {@code future_links}, else
     * {@code known} (links an earlier reply promised). {@code proxy_links} are copies of the outputs, so the two
     * lists are never merged.
     *
     * @throws dev.imgedit.exception.JobFailedException when no link is left because those given held the key
     */
    public List<URI> of(ApiReply reply, List<URI> known, String jobId) {
        return pick(List.of(reply.outputs(), reply.proxyLinks(), reply.futureLinks()), known, jobId);
    }

    /**
     * The reply's {@code future_links} (where the outputs will appear), else {@code known}.
     *
     * @throws dev.imgedit.exception.JobFailedException when no link is left because those given held the key
     */
    public List<URI> future(ApiReply reply, List<URI> known, String jobId) {
        return pick(List.of(reply.futureLinks()), known, jobId);
    }

    private List<URI> pick(List<List<String>> lists, List<URI> known, String jobId) {
        boolean heldTheKey = false;
        for (List<String> texts : lists) {
            List<URI> urls = new ArrayList<>();
            for (String text : texts) {
                if (redactor.containsSecret(text)) {
                    heldTheKey = true;
                    LOGGER.warn("ignoring an output link of ModelsLab job {} that contains the API key, which "
                            + "downloads never carry: {}", jobId, shown(text));
                } else {
                    absolute(text).ifPresentOrElse(urls::add, () -> LOGGER.warn(
                            "ignoring an output link that is not an absolute URL: {}", shown(text)));
                }
            }
            if (!urls.isEmpty()) {
                return urls;
            }
        }
        if (known.isEmpty() && heldTheKey) {
            throw Failures.jobFailed(jobId, "every output link it gave contains the API key, and imgedit never "
                    + "sends the key to a file host");
        }
        return known;
    }

    private static Optional<URI> absolute(String text) {
        try {
            URI url = new URI(text);
            return url.isAbsolute() ? Optional.of(url) : Optional.empty();
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private String shown(String text) {
        return redactor.oneLine(text, SHOWN_LENGTH);
    }
}
