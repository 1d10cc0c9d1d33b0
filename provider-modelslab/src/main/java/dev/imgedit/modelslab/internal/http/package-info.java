/**
 * The HTTP transport: the Feign interface of the endpoints, one call sent (again only when it provably started
 * nothing) and its answer read into a reply, and response bodies that must arrive whole and in time. Not API.
 */
@NullMarked
package dev.imgedit.modelslab.internal.http;

import org.jspecify.annotations.NullMarked;
