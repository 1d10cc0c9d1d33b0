package dev.imgedit.modelslab.internal.request;

import dev.imgedit.AspectRatio;
import dev.imgedit.EditRequest;
import dev.imgedit.ImageInput;
import dev.imgedit.ImageSize;
import dev.imgedit.exception.InvalidRequestException;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one model's submit body carries the images and the output's shape: the part of ModelsLab's v7
 * image-to-image body that changes from model to model.
 *
 * @param images how the image URLs are sent
 * @param sizeField the field that shapes the output ({@code aspect_ratio} or {@code size}), or null when the model
 *     takes none and its output follows the input
 * @param sizeRequired whether the model needs {@code sizeField} on every request: when the request names no ratio,
 *     the value nearest to the first image's proportions is sent, and the result says so
 * @param sizes the aspect ratios the model can be asked for, each with the value {@code sizeField} takes for it
 */
public record BodyShape(
        ImageFields images, @Nullable String sizeField, boolean sizeRequired, Map<AspectRatio, String> sizes) {

    /** The shape of a model imgedit does not list: one {@code init_image} URL, the {@code aspect_ratio} if asked. */
    public static final BodyShape GENERIC = aspectRatio(ImageFields.ONE, false, List.of(AspectRatio.values()));

    /** How the image URLs are sent. */
    enum ImageFields {
        /** {@code init_image}: one URL. */
        ONE,
        /** {@code init_image} and, with a reference, {@code init_image_2}: one URL each. */
        PAIR,
        /** {@code init_image}: an array of URLs, the image to edit first. */
        ARRAY;

        void put(Map<String, Object> json, List<String> urls) {
            if (this == ARRAY) {
                json.put("init_image", List.copyOf(urls));
                return;
            }
            json.put("init_image", urls.get(0));
            if (urls.size() > 1) {
                json.put("init_image_2", urls.get(1));
            }
        }
    }

    /**
     * What shapes one request's output.
     *
     * @param value the value of {@link #sizeField()}, or null to send none
     * @param notice a sentence saying that imgedit chose the value, or null
     */
    public record Sizing(@Nullable String value, @Nullable String notice) {}

    public BodyShape {
        Objects.requireNonNull(images, "images is null");
        sizes = sizes.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(sizes));
        if ((sizeField == null) != sizes.isEmpty() || (sizeRequired && sizeField == null)) {
            throw new IllegalArgumentException("a size field needs the sizes it takes, and only it does");
        }
    }

    /** A model whose output follows its input. */
    static BodyShape unsized(ImageFields images) {
        return new BodyShape(images, null, false, Map.of());
    }

    /** A model that takes {@code aspect_ratio}, one of {@code ratios}. */
    static BodyShape aspectRatio(ImageFields images, boolean required, List<AspectRatio> ratios) {
        Map<AspectRatio, String> sizes = new EnumMap<>(AspectRatio.class);
        ratios.forEach(ratio -> sizes.put(ratio, ratio.label()));
        return new BodyShape(images, "aspect_ratio", required, sizes);
    }

    /**
     * The value of {@link #sizeField()} for {@code request}: the one its aspect ratio maps to, else the option of
     * that name the model takes ({@code size}), else, when the field is required, the one nearest to the first
     * image's proportions.
     *
     * @param option the value of the model's option named {@link #sizeField()}, or null
     * @throws InvalidRequestException when both an aspect ratio and the option are given
     */
    public Sizing sizing(String model, EditRequest request, @Nullable String option) {
        AspectRatio ratio = request.aspectRatio();
        if (ratio != null && option != null) {
            throw new InvalidRequestException("model " + model + " takes an aspect ratio or the " + sizeField
                    + " option, not both: leave one out");
        }
        if (ratio != null) {
            return new Sizing(sizes.get(ratio), null);
        }
        if (option != null || !sizeRequired) {
            return new Sizing(option, null);
        }
        ImageSize input = request.image() instanceof ImageInput.Bytes bytes ? bytes.size().orElse(null) : null;
        AspectRatio nearest = nearest(input);
        String value = sizes.get(nearest);
        return new Sizing(value, "model " + model + " needs " + sizeField + ", so imgedit sent '" + value + "', "
                + (input == null ? "having no proportions to go by" : "the nearest to the input's " + input)
                + ": ask for an aspect ratio" + (sizeField.equals("aspect_ratio") ? "" : " or set the " + sizeField
                + " option") + " to choose");
    }

    /** The ratio nearest to {@code input}'s proportions; 1:1 (or the first) when they are unknown. */
    private AspectRatio nearest(@Nullable ImageSize input) {
        if (input == null) {
            return sizes.containsKey(AspectRatio.R1_1) ? AspectRatio.R1_1 : sizes.keySet().iterator().next();
        }
        double proportions = Math.log((double) input.width() / input.height());
        return sizes.keySet().stream()
                .min(Comparator.comparingDouble(ratio -> Math.abs(Math.log(ratio.value()) - proportions)))
                .orElseThrow();
    }
}
