/**
 * The command line (picocli): {@code pcf template | validate | calc | report | export | batch}.
 * Calls only the facade {@link dev.pcf.Pcf} and the {@code dev.pcf.model} types (a test checks the
 * imports), so a service calls the same API. Maps failures to the exit codes of
 * {@code cli-contract.md}, the same with or without {@code --verbose}: 0 success; 1 problems in the
 * input (each message naming its cell, on stderr; an input file that is missing or cannot be read);
 * 2 usage error; 3 an output that cannot be written (one line naming the path) or an internal error
 * (stack trace only with {@code --verbose}). Every output file is written to a temporary file and
 * moved into place only when the whole run succeeded. Draws the one terminal progress bar
 * ({@link dev.pcf.cli.TerminalProgress}).
 */
package dev.pcf.cli;
