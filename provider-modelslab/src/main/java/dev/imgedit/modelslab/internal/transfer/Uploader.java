package dev.imgedit.modelslab.internal.transfer;

import dev.imgedit.ImageBytes;
import dev.imgedit.ImageInput;
import dev.imgedit.modelslab.internal.http.ApiTransport;
import dev.imgedit.modelslab.internal.redaction.Redactor;
import dev.imgedit.modelslab.internal.reply.ApiReply;
import dev.imgedit.modelslab.internal.reply.Failures;
import dev.imgedit.modelslab.internal.reply.Phase;
import dev.imgedit.modelslab.internal.request.UploadBody;
import dev.imgedit.modelslab.internal.retry.Patience;
import dev.imgedit.util.HttpUrls;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a request's images into URLs ModelsLab can fetch: a URL input as it is, local bytes through
 * {@code POST /api/v6/base64_to_url} (the URL lives 24 hours), each distinct image once and in order. The size limit
 * is the model's ({@link dev.imgedit.modelslab.internal.request.UploadLimits}), checked before any request by
 * {@link dev.imgedit.ProviderInfo#check}.
 */
public final class Uploader {
    private static final Logger LOGGER = LoggerFactory.getLogger(Uploader.class);

    private final ApiTransport transport;
    private final String key;
    private final Redactor redactor;

    public Uploader(ApiTransport transport, String key, Redactor redactor) {
        this.transport = transport;
        this.key = key;
        this.redactor = redactor;
    }

    /** The URLs of {@code images}, in their order; identical bytes are uploaded once and named by one URL. */
    public List<String> urls(List<ImageInput> images, Patience patience) {
        Map<ImageBytes, String> uploaded = new HashMap<>();
        List<String> urls = new ArrayList<>();
        for (ImageInput image : images) {
            if (image instanceof ImageInput.Bytes bytes) {
                urls.add(uploaded.computeIfAbsent(bytes.data(), data -> upload(bytes, patience)));
            } else {
                urls.add(((ImageInput.Url) image).uri().toString());
            }
        }
        return urls;
    }

    private String upload(ImageInput.Bytes image, Patience patience) {
        UploadBody body = new UploadBody(key, image.toDataUri());
        ApiReply reply = transport.send(Phase.UPLOAD, (api, options) -> api.upload(body, options), patience);
        if (reply.status().isFailure()) {
            throw Failures.of(reply, Phase.UPLOAD, null, null);
        }
        List<String> links = new ArrayList<>(reply.outputs());
        links.addAll(reply.proxyLinks());
        String url = links.stream().filter(HttpUrls::isHttp).findFirst().orElseThrow(() -> Failures.unavailable(
                Phase.UPLOAD, "the upload answered " + reply.detail() + " without a URL", null));
        LOGGER.debug("uploaded {} as {}", image, redactor.redact(url));
        return url;
    }
}
