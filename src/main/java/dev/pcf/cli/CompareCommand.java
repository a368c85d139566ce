package dev.pcf.cli;

import dev.pcf.Pcf;
import dev.pcf.model.Comparison;
import dev.pcf.model.ReportLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code pcf compare A.xlsx B.xlsx [...] [--json] [-o compare.pdf] [--lang zh|en|zh+en]}: products or
 * versions side by side, with the paired Monte Carlo analysis of the differences to the first.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Compare products (or versions of one): totals and stages side by side, the differences to the first workbook,"
                + " and with the Monte Carlo analysis a paired analysis (factor rows with the same ID and definition share their draws):"
                + " each difference's mean, median and 95 % interval and the probability that each product is lower than the first.",
                "Every workbook is checked first; the problems of all of them are listed at once (exit 1)."
                        + " Different declared or functional units are warned about: such totals are not comparable (ISO 14067:2018)."})
final class CompareCommand implements Callable<Integer> {
    @Parameters(paramLabel = "WORKBOOK", arity = "2..*", description = "Two or more filled standard workbooks; the first is the reference.")
    List<Path> workbooks;

    @Option(names = "--json", description = "Print JSON (schema pcf-compare/1) instead of a table.")
    boolean json;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT.pdf", description = "Also write the one-page comparison as a PDF (A4, PDF/A-3b, workbooks and JSON embedded).")
    Path output;

    @Option(names = "--html", paramLabel = "OUT.html", description = "Also write the PDF's intermediate XHTML (with -o).")
    Path html;

    @Option(names = "--lang", paramLabel = "zh|en|zh+en", description = "Language of the table and the PDF (default: the first workbook's, else zh+en).")
    String lang;

    @Mixin
    McOptionsMixin mc;

    @Mixin
    Common common;

    @Override
    public Integer call() throws Exception {
        ReportLanguage language = Common.language(lang);
        if (html != null && output == null) throw new Main.UsageException("--html needs -o (it is the PDF's intermediate XHTML)");
        Pcf.Options options = mc.options();
        Comparison c = Pcf.compare(workbooks, options, TerminalProgress.monteCarlo(common.err()));
        ReportLanguage l = language != null ? language : c.products().get(0).workbook().info().language();
        if (output != null) {
            // rendered fully in memory first, so a failure leaves nothing behind
            ReportCommand.writeFiles(Pcf.report(c, l), html, output);
        }
        common.out().print(json ? Pcf.json(c) : CompareTable.render(c, l));
        Main.printProblems(c.warnings(), common.err());
        if (output != null) common.err().println("wrote " + output);
        return Main.OK;
    }
}
