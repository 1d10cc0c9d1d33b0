package dev.imgedit.cli.internal.session;

import com.google.inject.AbstractModule;
import dev.imgedit.cli.internal.CommandContext;
import dev.imgedit.cli.internal.output.TemporaryFiles;

/**
 * The CLI's own bindings, next to core's {@link dev.imgedit.inject.ImageEditModule}: the command's context and the
 * run's temporary files. The services ({@link dev.imgedit.cli.internal.edit.JobRunner},
 * {@link dev.imgedit.cli.internal.output.OutputWriter}) are bound just in time from their
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
