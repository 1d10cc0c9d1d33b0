package dev.imgedit.bfl.internal.wire;

import dev.imgedit.CheckedRequest;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.OptionInfo;
import dev.imgedit.bfl.internal.model.ModelCatalog;
import dev.imgedit.bfl.internal.model.OutputSize;
import dev.imgedit.bfl.internal.settings.Hosts;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.util.HttpUrls;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A checked request as BFL takes it: the model's endpoint and the body, with a note for the result when imgedit
 * had to assume something.
 *
 * @param model the model id, which is also the endpoint's last path segment
 * @param body what is posted
 * @param notice one sentence for the result's notices, or null
 */
public record Submission(String model, SubmitBody body, @Nullable String notice) {

    /**
     * Local images go inline as base64 (BFL takes them so, with no upload step), URLs as they are. Kontext gets the
     * ratio as {@code aspect_ratio}; FLUX.2 gets a {@code width} and {@code height} derived from it.
     *
     * @throws InvalidRequestException when a URL points at this machine (BFL cannot fetch it) or the webhook
     *     options are malformed
     */
    public static Submission of(CheckedRequest checked, boolean baseIsLoopback) {
        EditRequest request = checked.request();
        String model = checked.model().id();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("prompt", request.prompt());
        List<ImageInput> images = request.images();
        for (int i = 0; i < images.size(); i++) {
            fields.put(i == 0 ? "input_image" : "input_image_" + (i + 1), wireImage(images.get(i), baseIsLoopback));
        }
        String notice = null;
        if (request.aspectRatio() != null) {
            if (ModelCatalog.takesAspectRatio(model)) {
                fields.put("aspect_ratio", request.aspectRatio().label());
            } else {
                ImageSize input = request.image() instanceof ImageInput.Bytes bytes ? bytes.size().orElse(null) : null;
                OutputSize size = OutputSize.of(request.aspectRatio(),
                        input == null ? OutputSize.UNKNOWN_INPUT_PIXELS : input.pixels());
                fields.put("width", size.width());
                fields.put("height", size.height());
                if (input == null) {
                    notice = model + " takes a width and height, not a ratio: it was asked for " + size + " ("
                            + request.aspectRatio() + " at about 1 megapixel), the input's own size being unknown";
                }
            }
        }
        if (request.seed() != null) {
            fields.put("seed", request.seed());
        }
        if (request.outputFormat() != null) {
            fields.put("output_format", formatName(request.outputFormat()));
        }
        request.providerOptions().forEach((name, value) -> fields.put(name, optionValue(checked, name, value)));
        checkWebhook(request.providerOptions());
        return new Submission(model, new SubmitBody(fields), notice);
    }

    static String formatName(ImageType type) {
        return type == ImageType.JPEG ? "jpeg" : type.name().toLowerCase(Locale.ROOT);
    }

    private static String wireImage(ImageInput image, boolean baseIsLoopback) {
        if (image instanceof ImageInput.Bytes bytes) {
            return bytes.data().toBase64();
        }
        ImageInput.Url url = (ImageInput.Url) image;
        if (HttpUrls.isLoopback(url.uri()) && !baseIsLoopback) {
            throw new InvalidRequestException("the image URL " + url.uri() + " points at this machine, which BFL "
                    + "cannot reach: pass the file itself instead");
        }
        return url.uri().toString();
    }

    /** The canonical option text as its JSON type: {@code true}, {@code 3}, {@code 2.5}, or text. */
    private static Object optionValue(CheckedRequest checked, String name, String value) {
        OptionInfo.Type type = checked.model().option(name).map(OptionInfo::type).orElse(OptionInfo.Type.TEXT);
        return switch (type) {
            case BOOLEAN -> Boolean.parseBoolean(value);
            case INTEGER -> Long.parseLong(value);
            case NUMBER -> new BigDecimal(value);
            case CHOICE, TEXT -> value;
        };
    }

    private static void checkWebhook(Map<String, String> options) {
        String url = options.get(ModelCatalog.WEBHOOK_URL);
        if (url != null) {
            HttpUrls.parse("option " + ModelCatalog.WEBHOOK_URL, url);
            if (url.length() > 2083) {
                throw new InvalidRequestException("option " + ModelCatalog.WEBHOOK_URL + " is " + url.length()
                        + " characters long; BFL takes at most 2083");
            }
        } else if (options.containsKey(ModelCatalog.WEBHOOK_SECRET)) {
            throw new InvalidRequestException("option " + ModelCatalog.WEBHOOK_SECRET + " is given without "
                    + ModelCatalog.WEBHOOK_URL + ": there is no webhook call to sign; give both or neither");
        }
    }
}
