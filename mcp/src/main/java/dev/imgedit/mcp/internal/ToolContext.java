package dev.imgedit.mcp.internal;

/** What every tool works with, made once for the server's life. */
public record ToolContext(ProviderPool pool, DirectoryPolicy directories, WrittenFiles files, Secrets secrets,
        Journal journal) {

    public Failures failures() {
        return new Failures(secrets);
    }

    public JobCompletion completion() {
        return new JobCompletion(files, secrets);
    }
}
