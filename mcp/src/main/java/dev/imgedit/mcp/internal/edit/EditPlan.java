package dev.imgedit.mcp.internal.edit;

import dev.imgedit.AspectRatio;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageEditProvider;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import dev.imgedit.ProviderInfo;
import dev.imgedit.discovery.ProviderChoice;
import dev.imgedit.imaging.ImageConversion;
import dev.imgedit.imaging.InputPreparation;
import dev.imgedit.imaging.PreparationPolicy;
import dev.imgedit.mcp.internal.Arguments;
import dev.imgedit.mcp.internal.OpenDirectories;
import dev.imgedit.mcp.internal.OutputTarget;
import dev.imgedit.mcp.internal.ToolContext;
import dev.imgedit.mcp.internal.ToolFailure;
import dev.imgedit.mcp.internal.ToolSchemas;
import dev.imgedit.spi.ImageEditProviderFactory;
import dev.imgedit.util.HttpUrls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One {@code edit_image} call worked out before anything is paid for: every input read and readied for the model,
 * the request checked against it, and where the output goes.
 *
 * @param input the image as the journal names it: a file's real path, or the URL
 * @param notices what the plan changed or chose that the agent should know (an input resized, the offline provider)
 */
record EditPlan(ImageEditProviderFactory factory, ImageEditProvider provider, ModelInfo model, EditRequest request,
        String input, OutputTarget target, Duration timeout, List<String> notices) {

    /** Far above what any provider takes; it only stops a file that is no photo before it is read whole. */
    static final long MAX_FILE_BYTES = 256L * 1024 * 1024;

    static EditPlan of(Arguments arguments, OpenDirectories directories, ToolContext context) {
        List<String> notices = new ArrayList<>();
        String imageText = arguments.requiredText("image");
        String prompt = arguments.requiredText("prompt");
        ProviderChoice choice = context.pool().choose(arguments.text("provider"));
        if (choice.fellBack()) {
            notices.add("edited with the offline provider " + choice.id() + ": " + choice.reason());
        }
        ImageEditProvider provider = context.pool().open(choice.factory());
        ProviderInfo info = provider.info();
        String modelId = arguments.text("model");
        ModelInfo model = info.model(modelId);
        if (info.isUnlisted(modelId)) {
            notices.add("model '" + modelId + "' is not one provider " + info.id() + " lists: it was sent as given, "
                    + "assuming the limits of " + info.defaultModel().id());
        }
        EditRequest.Builder draft = EditRequest.builder(ready(input(imageText, directories), model, notices), prompt);
        for (String reference : arguments.texts("references")) {
            draft.reference(ready(input(reference, directories), model, notices));
        }
        String ratio = arguments.text("aspect_ratio");
        draft.model(modelId).aspectRatio(ratio == null ? null : AspectRatio.parse(ratio))
                .seed(arguments.whole("seed", 0, ToolSchemas.MAX_SEED))
                .providerOptions(arguments.options("options"));
        OutputTarget target = target(arguments, directories, imageText);
        EditRequest request = info.check(askForTheFormat(draft, model, target.format()).build()).request();
        String input = HttpUrls.isHttp(imageText) ? imageText : directories.readable(imageText).toString();
        return new EditPlan(choice.factory(), provider, model, request, input, target,
                ToolSchemas.timeout(arguments), notices);
    }

    /** Where the first image is to be written, as far as can be told before the provider delivers it. */
    Path plannedOutput() {
        ImageType expected = target.format() != null ? target.format()
                : request.outputFormat() != null ? request.outputFormat() : ImageType.PNG;
        return target.pathFor(0, expected);
    }

    /** The format asked for by {@code output_format}, else by the output's extension, else none. */
    static @Nullable ImageType format(Arguments arguments, @Nullable Path explicit) {
        String name = arguments.text("output_format");
        if (name != null) {
            return ImageType.fromName(name).orElseThrow(() -> new ToolFailure("output_format '" + name + "' is "
                    + "not png, jpeg or webp"));
        }
        return explicit == null ? null : ImageType.fromFileName(String.valueOf(explicit.getFileName())).orElse(null);
    }

    private static OutputTarget target(Arguments arguments, OpenDirectories directories, String imageText) {
        String output = arguments.text("output");
        Path explicit = output == null ? null : directories.writable(output);
        ImageType format = format(arguments, explicit);
        if (HttpUrls.isHttp(imageText)) {
            String path = Objects.requireNonNullElse(URI.create(imageText).getPath(), "");
            String stem = withoutExtension(path.substring(path.lastIndexOf('/') + 1));
            return new OutputTarget(explicit, directories.first(), OutputTarget.safeName(stem), format);
        }
        Path input = directories.readable(imageText);
        return new OutputTarget(explicit, Objects.requireNonNull(input.getParent()),
                withoutExtension(String.valueOf(input.getFileName())), format);
    }

    private static ImageInput input(String text, OpenDirectories directories) {
        if (HttpUrls.isHttp(text)) {
            return ImageInput.url(text);
        }
        Path path = directories.readable(text);
        try {
            if (Files.size(path) > MAX_FILE_BYTES) {
                throw new ToolFailure("input file '" + text + "' is " + Files.size(path) + " bytes, more than any "
                        + "provider takes: give a smaller image");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read input file '" + text + "'", e);
        }
        return ImageInput.file(path);
    }

    /** Upright, without metadata, and fitted to the model's limits, as {@code imgedit edit} sends it. */
    private static ImageInput ready(ImageInput input, ModelInfo model, List<String> notices) {
        if (!(input instanceof ImageInput.Bytes bytes)) {
            return input;
        }
        var prepared = InputPreparation.prepare(bytes, model, PreparationPolicy.DEFAULT);
        notices.addAll(prepared.notices());
        return prepared.image();
    }

    /** A model that can be asked for the format is asked; otherwise the result is converted, which must be possible. */
    private static EditRequest.Builder askForTheFormat(EditRequest.Builder draft, ModelInfo model,
            @Nullable ImageType format) {
        return format == null ? draft : draft.outputFormat(ImageConversion.formatToAsk(model, format));
    }

    private static String withoutExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName.isEmpty() ? "image" : fileName;
    }
}
