/**
 * What ModelsLab answered: each reply read once from its status and body into an {@code ApiReply}, classified, its
 * output links picked, and its failures turned into imgedit exceptions with one-line messages. Not API.
 */
@NullMarked
package dev.imgedit.modelslab.internal.reply;

import org.jspecify.annotations.NullMarked;
