/**
 * The ModelsLab provider and a job's life: {@link dev.imgedit.modelslab.internal.ModelsLabProvider} wires the parts
 * of the sub-packages and owns the HTTP client whose connections its {@code close()} releases; the submitter sends an
 * edit once, the job's state travels in {@link dev.imgedit.EditJob#details()}, and the poller follows it on its
 * schedule to its outputs. Not API: other modules must not use it.
 */
@NullMarked
package dev.imgedit.modelslab.internal;

import org.jspecify.annotations.NullMarked;
