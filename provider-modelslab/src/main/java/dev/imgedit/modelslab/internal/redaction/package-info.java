/**
 * Keeping the API key out of every text: the redactor, which masks each form of the key, and Feign's HTTP log
 * written through it. Not API.
 */
@NullMarked
package dev.imgedit.modelslab.internal.redaction;

import org.jspecify.annotations.NullMarked;
