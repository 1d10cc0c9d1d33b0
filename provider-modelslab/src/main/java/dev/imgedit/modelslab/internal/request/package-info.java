/**
 * What is sent: the table of the models imgedit lists (what each accepts, how its submit body is shaped), the JSON
 * bodies of upload, submit and fetch, and the upload size limit. Not API.
 */
@NullMarked
package dev.imgedit.modelslab.internal.request;

import org.jspecify.annotations.NullMarked;
