package dev.imgedit.imaging.internal;

import dev.imgedit.ImageSize;
import dev.imgedit.ImageType;
import dev.imgedit.ModelInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The sentences preparation says: notices of what it changed and refusals of what it may not change. */
public final class Wording {
    private Wording() {}

    /**
     * What a fit did, in one line, such as {@code resized 'IMG_2041.jpg' from 4000x3000 (8.1 MB) to 2560x1920
     * (2.9 MB) to fit the 3.7 MB input limit of flux-kontext-pro}.
     */
    public static String fitted(String what, ImageType fromType, ImageSize from, long fromBytes, Fitting.Fitted to,
            ModelInfo model, boolean lostMetadata) {
        boolean converted = to.type() != fromType;
        String verb = converted ? "converted" : to.size().equals(from) ? "re-encoded" : "resized";
        String fromText = (converted ? fromType.displayName() + " " : "") + from + " (" + bytes(fromBytes) + ")";
        String toText = (converted ? to.type().displayName() + " " : "") + to.size() + " (" + bytes(to.bytes().size())
                + ")";
        return verb + " " + what + " from " + fromText + " to " + toText + " " + why(fromType, from, fromBytes, model)
                + (to.flattened() ? "; its transparent parts are now white" : "")
                + (lostMetadata ? "; of its metadata only the EXIF block could be kept" : "");
    }

    /** Why an image was changed: the limits it broke and the format the model does not take. */
    private static String why(ImageType type, ImageSize size, long bytes, ModelInfo model) {
        List<String> limits = limitsBroken(size, bytes, model);
        boolean typeTaken = model.inputTypes().contains(type);
        if (limits.isEmpty() && typeTaken) {
            return ImageEncoding.canWrite(type)
                    // It fitted as stored, but no longer once turned upright and encoded anew.
                    ? "to fit the " + bytes(model.maxInputBytes()) + " input limit of " + model.id() + " once upright"
                    : "to turn it upright, as imgedit cannot write " + type.displayName();
        }
        String notTaken = typeTaken ? "" : names(model.inputTypes()) + ", not " + type.displayName();
        if (limits.isEmpty()) {
            return "as " + model.id() + " takes " + notTaken;
        }
        return "to fit the " + String.join(" and ", limits) + " input limit" + (limits.size() > 1 ? "s" : "") + " of "
                + model.id() + (typeTaken ? "" : ", which takes " + notTaken);
    }

    /**
     * Why an image the caller would not let be resized is refused, such as {@code 'scan.png' is 8.1 MB (8,123,456
     * bytes), over the 3.7 MB (3,700,000-byte) input limit of flux-kontext-pro: ...}.
     */
    public static String overLimits(String what, ImageSize size, long bytes, ModelInfo model) {
        List<String> sizes = new ArrayList<>();
        List<String> limits = new ArrayList<>();
        if (bytes > model.maxInputBytes()) {
            sizes.add(String.format(Locale.ROOT, "%s (%,d bytes)", bytes(bytes), bytes));
            limits.add(String.format(Locale.ROOT, "%s (%,d-byte)", bytes(model.maxInputBytes()),
                    model.maxInputBytes()));
        }
        String scaleTo = "";
        if (size.pixels() > model.maxInputPixels()) {
            sizes.add(size + " (" + pixelCount(size.pixels()) + ")");
            limits.add(pixelLimit(model.maxInputPixels()));
            scaleTo = " of at most " + Fitting.scaled(size, Math.sqrt((double) model.maxInputPixels() / size.pixels()),
                    model.maxInputPixels());
        }
        return what + " is " + String.join(" and ", sizes) + ", over the " + String.join(" and ", limits)
                + " input limit" + (limits.size() > 1 ? "s" : "") + " of " + model.id()
                + ": let it be resized to fit, or give a smaller image" + scaleTo;
    }

    /** Why an image in a format the model does not take is refused when it may not be converted. */
    public static String typeNotTaken(String what, ImageType type, ModelInfo model) {
        return model.id() + " takes " + names(model.inputTypes()) + ", not " + type.displayName() + " (" + what
                + "): let it be converted to fit, or convert it first";
    }

    /** Why an image that must be re-encoded is refused when the model takes no format imgedit writes. */
    public static String nothingWritable(String what, ModelInfo model) {
        return what + " must be re-encoded for " + model.id() + ", which takes only " + names(model.inputTypes())
                + ", and imgedit writes only PNG and JPEG: give an image " + model.id() + " takes as it is";
    }

    /** The one line for an image sent as stored because turning it upright needs a format the model cannot take. */
    public static String notTurned(String what, ModelInfo model) {
        return what + " is sent as stored, not turned upright: " + model.id() + " takes only "
                + names(model.inputTypes()) + ", which imgedit cannot write";
    }

    static String cannotFit(String what, ImageSize from, long bytes, ImageSize at, ModelInfo model,
            boolean mayResize) {
        return String.format(Locale.ROOT, "%s (%s) is still %,d bytes at %s, over the %,d-byte input limit of %s: %s",
                what, from, bytes, at, model.maxInputBytes(), model.id(), mayResize
                        ? "give a smaller or simpler image"
                        : "let it be resized to fit, or give a smaller image");
    }

    /** A byte count as people read it: {@code 512 bytes}, {@code 850 KB}, {@code 8.1 MB} (powers of ten). */
    public static String bytes(long bytes) {
        if (bytes < 1_000) {
            return bytes + " bytes";
        }
        if (bytes < 1_000_000) {
            return Math.round(bytes / 1_000.0) + " KB";
        }
        return oneDecimal(bytes / 1_000_000.0) + " MB";
    }

    /** A pixel count as an adjective: {@code 16.8-megapixel}, or {@code 20,000-pixel} below a tenth of one. */
    private static String pixelLimit(long pixels) {
        return pixels < 100_000 ? String.format(Locale.ROOT, "%,d-pixel", pixels)
                : oneDecimal(pixels / 1_000_000.0) + "-megapixel";
    }

    private static String pixelCount(long pixels) {
        return pixels < 100_000 ? String.format(Locale.ROOT, "%,d pixels", pixels)
                : oneDecimal(pixels / 1_000_000.0) + " megapixels";
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    private static List<String> limitsBroken(ImageSize size, long bytes, ModelInfo model) {
        List<String> limits = new ArrayList<>();
        if (bytes > model.maxInputBytes()) {
            limits.add(bytes(model.maxInputBytes()));
        }
        if (size.pixels() > model.maxInputPixels()) {
            limits.add(pixelLimit(model.maxInputPixels()));
        }
        return limits;
    }

    private static String names(Set<ImageType> types) {
        List<String> names = types.stream().sorted().map(ImageType::displayName).collect(Collectors.toList());
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
