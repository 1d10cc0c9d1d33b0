package dev.imgedit.mcp.internal.batch;

import dev.imgedit.batch.BatchInput;
import dev.imgedit.batch.BatchItems;
import dev.imgedit.mcp.internal.Arguments;
import dev.imgedit.mcp.internal.OpenDirectories;
import dev.imgedit.mcp.internal.ToolFailure;
import java.nio.file.Path;
import java.util.List;

/**
 * The images a {@code batch_edit} call names: every image of a folder (matching a glob), or a list of files; each by
 * a path inside the open directories, a symbolic link included.
 */
final class BatchInputs {
    private BatchInputs() {}

    /** @param output the output folder, left out when it lies inside the input folder */
    static List<BatchInput.File> of(Arguments arguments, OpenDirectories directories, Path output) {
        String folder = arguments.text("folder");
        List<String> images = arguments.texts("images");
        if ((folder == null) == images.isEmpty()) {
            throw new ToolFailure("give either 'folder' (every image in it) or 'images' (a list of files), not "
                    + (folder == null ? "neither" : "both"));
        }
        String glob = arguments.text("glob");
        if (folder == null) {
            if (glob != null) {
                throw new ToolFailure("'glob' picks images in a folder: give 'folder' with it, or leave it out");
            }
            List<Path> files = images.stream().map(directories::readable).distinct().toList();
            Path root = commonFolder(files);
            return files.stream().map(file -> BatchInput.file(root, file)).toList();
        }
        Path root = directories.readableFolder(folder);
        List<BatchInput.File> files = BatchItems.files(root, glob, output);
        // A link inside the folder may lead outside it: each file is held against the open directories.
        files.forEach(file -> directories.readable(file.path().toString()));
        if (files.isEmpty()) {
            throw new ToolFailure("folder '" + folder + "' holds no " + (glob == null ? "PNG, JPEG or WebP image"
                    : "file matching '" + glob + "'") + " (hidden files and folders are left out)");
        }
        return files;
    }

    /** The deepest folder holding every file, so that outputs keep the sub-folders below it. */
    private static Path commonFolder(List<Path> files) {
        Path common = files.get(0).getParent();
        for (Path file : files) {
            while (common != null && !file.startsWith(common)) {
                common = common.getParent();
            }
        }
        if (common == null) {
            throw new ToolFailure("the images lie on different file system roots: give images under one folder");
        }
        return common;
    }
}
