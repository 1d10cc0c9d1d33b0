package dev.imgedit.cli.internal.input;

import dev.imgedit.imaging.PreparationPolicy;
import picocli.CommandLine.Option;

/** How far a local input may be changed to suit the model before it is sent: {@code edit} and {@code batch}. */
public final class PreparationOptions {
    @Option(names = "--keep-metadata",
            description = "Send each input's metadata (EXIF, GPS, comments) as it is. Default: strip it first.")
    private boolean keepMetadata;

    @Option(names = "--no-resize",
            description = "Refuse an input over the model's size limits instead of scaling it down to fit.")
    private boolean noResize;

    public PreparationPolicy policy() {
        return new PreparationPolicy(keepMetadata, !noResize);
    }
}
