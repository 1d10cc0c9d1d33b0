/**
 * {@link dev.imgedit.fake.junit.FakeServiceExtension}: a fresh {@link dev.imgedit.fake.FakeService} per test, for an
 * application's own JUnit 5 tests.
 */
@NullMarked
package dev.imgedit.fake.junit;

import org.jspecify.annotations.NullMarked;
