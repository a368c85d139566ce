/**
 * The command line (picocli): {@code pcf template | validate | calc | report | export | batch}.
 * Maps failures to the exit codes of {@code cli-contract.md}: 0 success, 1 problems in the input
 * (each message naming its cell, on stderr), 2 usage error, 3 internal error (stack trace only
 * with {@code --verbose}). Every output file is written to a temporary file and moved into place
 * only when the whole run succeeded.
 */
package dev.pcf.cli;
