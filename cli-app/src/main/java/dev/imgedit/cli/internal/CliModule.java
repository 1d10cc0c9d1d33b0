package dev.imgedit.cli.internal;

import com.google.inject.AbstractModule;

/**
 * The CLI's own bindings, next to core's {@link dev.imgedit.inject.ImageEditModule}: the command's context and the
 * run's temporary files. The services ({@link JobRunner}, {@link OutputWriter}) are bound just in time from their
 * {@code @Inject} constructors.
 */
public final class CliModule extends AbstractModule {
    private final CommandContext context;
    private final TemporaryFiles temporaryFiles;

    public CliModule(CommandContext context, TemporaryFiles temporaryFiles) {
        this.context = context;
        this.temporaryFiles = temporaryFiles;
    }

    @Override
    protected void configure() {
        binder().requireAtInjectOnConstructors();
        bind(CommandContext.class).toInstance(context);
        bind(TemporaryFiles.class).toInstance(temporaryFiles);
    }
}
