package dev.pcf.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import dev.pcf.model.ReportLanguage;

import java.io.PrintWriter;

/** Options every command has, and the command line's output streams (stdout for results, stderr for messages). */
final class Common {
    @Option(names = "--verbose", description = "Print the stack trace of an internal error.")
    boolean verbose;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * The language a {@code --lang} option names.
     *
     * @param lang the option's value, or null where it was not given
     * @return the language, or null where the option was not given
     * @throws Main.UsageException where the value names no language
     */
    static ReportLanguage language(String lang) {
        if (lang == null) return null;
        ReportLanguage language = ReportLanguage.parse(lang);
        if (language == null) throw new Main.UsageException("--lang must be zh, en or zh+en, found '" + lang + "'");
        return language;
    }
}
