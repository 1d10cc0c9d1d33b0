/**
 * Images in and out: local inputs uploaded for a URL ModelsLab can fetch, outputs downloaded without the key over
 * checked URLs and decoded when they come as base64 text. Not API.
 */
@NullMarked
package dev.imgedit.modelslab.internal.transfer;

import org.jspecify.annotations.NullMarked;
