/**
 * The contract every provider keeps ({@link dev.imgedit.testkit.ImageEditProviderContract}), as JUnit 5 tests a
 * provider's own test class extends, so that every provider is held to the same promises; and the test images it
 * edits, drawn on the spot ({@link dev.imgedit.testkit.TestImages}) rather than shipped as files.
 */
@NullMarked
package dev.imgedit.testkit;

import org.jspecify.annotations.NullMarked;
