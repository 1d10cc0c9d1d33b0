package dev.imgedit.exception;

import java.util.List;

/** No provider with the requested id is installed, or none at all. */
public class ProviderNotFoundException extends ImageEditException {
    private static final long serialVersionUID = 1L;

    private final List<String> installed;

    /** @param installed the ids of the providers that are installed, for the message's reader */
    public ProviderNotFoundException(String message, List<String> installed) {
        super(message, null, null);
        this.installed = List.copyOf(installed);
    }

    /** The ids that are installed (empty when none is). */
    public List<String> installed() {
        return installed;
    }

    @Override
    public ErrorKind kind() {
        return ErrorKind.PROVIDER_NOT_FOUND;
    }
}
