package dev.imgedit.cli.internal.input;

import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.ModelInfo;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.exception.ImageEditException;
import dev.imgedit.exception.InvalidRequestException;
import dev.imgedit.exception.UnsupportedFeatureException;
import dev.imgedit.imaging.InputPreparation;
import dev.imgedit.imaging.PreparationPolicy;
import dev.imgedit.imaging.PreparedInput;
import java.util.ArrayList;
import java.util.List;

/**
 * Readies each local input for the chosen model before it is sent: upright, without its metadata unless
 * {@code --keep-metadata}, and fitted to the model's limits unless {@code --no-resize}, saying what changed.
 */
public final class InputReadying {
    private InputReadying() {}

    /** Replaces the images of {@code draft} by their readied forms. */
    public static void ready(EditRequest.Builder draft, ModelInfo model, PreparationPolicy policy,
            CommandContext context) {
        EditRequest request = draft.build();
        List<ImageInput> readied = new ArrayList<>();
        for (ImageInput image : request.images()) {
            readied.add(image instanceof ImageInput.Bytes bytes ? ready(bytes, model, policy, context) : image);
        }
        draft.image(readied.get(0)).references(readied.subList(1, readied.size()));
    }

    private static ImageInput.Bytes ready(ImageInput.Bytes image, ModelInfo model, PreparationPolicy policy,
            CommandContext context) {
        PreparedInput prepared;
        try {
            prepared = InputPreparation.prepare(image, model, policy);
        } catch (InvalidRequestException | UnsupportedFeatureException e) {
            throw policy.resizeToFit() ? e : withFlag(e);
        }
        prepared.notices().forEach(context::notice);
        return prepared.image();
    }

    /** The library says "let it be resized"; on the command line that is leaving out --no-resize. */
    private static RuntimeException withFlag(ImageEditException refusal) {
        String message = refusal.getMessage();
        for (String libraryWords : new String[] {"let it be resized to fit", "let it be converted to fit"}) {
            if (message.contains(libraryWords)) {
                return CliException.invalid(message.replace(libraryWords, "drop --no-resize to let imgedit "
                        + (libraryWords.contains("resized") ? "resize" : "convert") + " it"));
            }
        }
        return CliException.invalid(message + " (drop --no-resize to let imgedit fit it)");
    }
}
