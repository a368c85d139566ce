package dev.pcf.cli;

import picocli.CommandLine.Option;

/** Options every command has. */
final class Common {
    @Option(names = "--verbose", description = "Print the stack trace of an internal error.")
    boolean verbose;
}
