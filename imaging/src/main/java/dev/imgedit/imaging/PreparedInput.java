package dev.imgedit.imaging;

import dev.imgedit.ImageInput;
import java.util.List;
import java.util.Objects;

/**
 * An input image ready for a model.
 *
 * @param image the image to send: the input itself when nothing needed changing
 * @param notices one line each for what the caller should know was changed, such as {@code resized 'IMG_2041.jpg'
 *     from 4000x3000 (8.1 MB) to 2560x1920 (2.9 MB) to fit the 3.7 MB input limit of flux-kontext-pro}; empty
 *     when the image was only turned upright or stripped of metadata, which always happens
 */
public record PreparedInput(ImageInput.Bytes image, List<String> notices) {
    public PreparedInput {
        Objects.requireNonNull(image, "image is null");
        notices = List.copyOf(notices);
    }
}
