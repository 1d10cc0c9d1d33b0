package dev.imgedit.cli.internal.output;

import com.google.inject.Inject;
import dev.imgedit.EditedImage;
import dev.imgedit.ImageType;
import dev.imgedit.cli.internal.CliException;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.imaging.ImageConversion;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Writes output images so that a reader never sees half a file: each goes to a temporary file in the target's
 * directory, is flushed to disk, then renamed over the target in one atomic step. A failure deletes the temporary file.
 */
public final class OutputWriter {
    private final CommandContext context;
    private final TemporaryFiles temporaryFiles;

    @Inject
    public OutputWriter(CommandContext context, TemporaryFiles temporaryFiles) {
        this.context = context;
        this.temporaryFiles = temporaryFiles;
    }

    /**
     * Converts every image to the plan's format where it has another, checks every target, so that a refusal writes
     * nothing, then writes them in order.
     */
    public List<WrittenImage> writeAll(OutputPlan plan, List<EditedImage> delivered) {
        List<EditedImage> images = delivered.stream().map(image -> inFormat(image, plan.format())).toList();
        if (plan.standardOutput()) {
            return List.of(writeToStandardOutput(images));
        }
        List<Path> targets = new ArrayList<>();
        for (int index = 0; index < images.size(); index++) {
            Path target = plan.pathFor(index, images.get(index).type());
            plan.check(target, context);
            targets.add(target);
        }
        List<WrittenImage> written = new ArrayList<>();
        for (int index = 0; index < images.size(); index++) {
            written.add(write(targets.get(index), images.get(index)));
        }
        return written;
    }

    /** {@code -o -}: the first image's bytes and nothing else, so a pipe gets an image. */
    private WrittenImage writeToStandardOutput(List<EditedImage> images) {
        EditedImage image = images.get(0);
        if (images.size() > 1) {
            context.warning("the job made " + images.size() + " images and -o - writes the first; fetch it again "
                    + "with -o FILE to get them all");
        }
        try {
            image.bytes().writeTo(context.out());
            context.out().flush();
        } catch (IOException e) {
            throw CliException.localIo("cannot write the image to standard output: " + describe(e), e);
        }
        if (context.out().checkError()) {
            throw CliException.localIo("cannot write the image to standard output: the reader went away");
        }
        return new WrittenImage(WrittenImage.STANDARD_OUTPUT, image);
    }

    private WrittenImage write(Path target, EditedImage image) {
        warnOnMismatchedExtension(target, image.type());
        Path directory = target.toAbsolutePath().getParent();
        Path temporary;
        try {
            temporary = temporaryFiles.createFor(directory, String.valueOf(target.getFileName()));
        } catch (IOException e) {
            throw CliException.localIo("cannot create a file in '" + context.display(directory) + "': "
                    + describe(e), e);
        }
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                image.bytes().writeTo(Channels.newOutputStream(channel));
                channel.force(true);
            }
            keepPermissionsOfReplacedFile(target, temporary);
            moveIntoPlace(temporary, target);
            temporaryFiles.release(temporary);
            return new WrittenImage(target, image);
        } catch (IOException e) {
            temporaryFiles.delete(temporary);
            throw CliException.localIo("cannot write '" + context.display(target) + "': " + describe(e), e);
        } catch (RuntimeException e) {
            temporaryFiles.delete(temporary);
            throw e;
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // Same directory, so this only happens on exotic file systems; a plain replace is the best left.
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** {@code --force} replaces the file, not its permissions: a file the user made private stays private. */
    private static void keepPermissionsOfReplacedFile(Path target, Path temporary) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (view != null) {
            Set<PosixFilePermission> permissions = view.readAttributes().permissions();
            Files.setPosixFilePermissions(temporary, permissions);
        }
    }

    /** The image in {@code format}, converted when the provider delivered another. */
    private EditedImage inFormat(EditedImage image, @Nullable ImageType format) {
        if (format == null || image.type() == format) {
            return image;
        }
        context.notice("converted the " + image.type().displayName() + " the provider delivered to "
                + format.displayName());
        return ImageConversion.convert(image, format);
    }

    private void warnOnMismatchedExtension(Path target, ImageType type) {
        String name = String.valueOf(target.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 ? name.substring(dot + 1) : "";
        boolean matches = extension.equals(type.extension()) || (type == ImageType.JPEG && extension.equals("jpeg"));
        if (!matches) {
            context.warning("'" + context.display(target) + "' gets a " + type.name() + " image ("
                    + type.mimeType() + ") whatever its name says");
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e instanceof AccessDeniedException ? "permission denied"
                : message == null ? e.getClass().getSimpleName() : message;
    }
}
