/**
 * The config file with its named profiles, and how its settings rank against the environment and the command line:
 * flags beat environment variables, which beat the chosen profile, which beats the built-in defaults; applied to a
 * run before it starts, with the API key files it or {@code --api-key-file} names. Not an API.
 */
@NullMarked
package dev.imgedit.cli.internal.config;

import org.jspecify.annotations.NullMarked;
