package dev.imgedit.mcp.internal;

/** What every tool works with, made once for the server's life. */
record ToolContext(ProviderPool pool, DirectoryPolicy directories, WrittenFiles files, Secrets secrets,
        IdempotencyKeys keys) {

    Failures failures() {
        return new Failures(secrets);
    }

    JobCompletion completion() {
        return new JobCompletion(files, secrets);
    }
}
