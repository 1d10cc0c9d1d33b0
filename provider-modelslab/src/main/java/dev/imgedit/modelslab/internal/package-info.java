/**
 * The ModelsLab provider's machinery: the Feign interface and Jackson wire records, the one place that reads
 * ModelsLab's replies and maps failures to the imgedit exception tree, and the uploader, poller, downloader and
 * redacting logger. Not API: other modules must not use it.
 */
@NullMarked
package dev.imgedit.modelslab.internal;

import org.jspecify.annotations.NullMarked;
