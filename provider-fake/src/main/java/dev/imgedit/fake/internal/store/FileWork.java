package dev.imgedit.fake.internal.store;

import java.io.IOException;

/** Work on a job's files, which may fail as files do. */
@FunctionalInterface
interface FileWork<T> {
    T run() throws IOException;
}
