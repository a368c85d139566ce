package dev.pcf;

import dev.pcf.annotate.Annotator;
import dev.pcf.calc.Calculator;
import dev.pcf.calc.Scenarios;
import dev.pcf.examples.Examples;
import dev.pcf.export.PactExporter;
import dev.pcf.export.ProblemsJson;
import dev.pcf.export.ResultJson;
import dev.pcf.export.ResultsWorkbookWriter;
import dev.pcf.io.AtomicFile;
import dev.pcf.model.CellRef;
import dev.pcf.model.Footprint;
import dev.pcf.model.InputException;
import dev.pcf.model.OutputException;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.Progress;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.RowValues;
import dev.pcf.model.ScenarioResult;
import dev.pcf.model.UncertaintyResult;
import dev.pcf.reader.Reading;
import dev.pcf.reader.RowExcerpts;
import dev.pcf.model.SignRequest;
import dev.pcf.model.SignatureStatus;
import dev.pcf.sign.PdfSigner;
import dev.pcf.sign.SignatureVerifier;
import dev.pcf.model.Verification;
import dev.pcf.verification.VerificationReader;
import dev.pcf.verification.VerificationRules;
import dev.pcf.verification.VerificationTemplate;
import dev.pcf.reader.WorkbookReader;
import dev.pcf.render.Fonts;
import dev.pcf.render.PdfDocument;
import dev.pcf.render.PdfRenderer;
import dev.pcf.report.UncertaintyAppendix;
import dev.pcf.render.ReportBuilder;
import dev.pcf.template.LibraryVersions;
import dev.pcf.template.TemplateWriter;
import dev.pcf.uncertainty.InputModel;
import dev.pcf.uncertainty.McOptions;
import dev.pcf.uncertainty.MonteCarlo;
import dev.pcf.uncertainty.PairedRun;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The facade: what the command line (and any future service) calls, the only door into the pipeline.
 * Writes the blank template and the examples; reads a workbook and checks it through every stage at
 * once (and annotates it); calculates the footprint and runs the Monte Carlo analysis; renders the
 * report; exports PACT JSON and the results workbook; runs a batch over a folder ({@link #batch}).
 * Content goes to an {@link OutputStream}; {@link #writeFile} puts it into a file atomically. Progress
 * is reported through {@link Progress}; failures are {@link InputException} (the input's problems,
 * each at its cell), {@link OutputException} (an output file could not be written) or another
 * {@link IOException} (an input file could not be read).
 */
public final class Pcf {
    private Pcf() {}

    /**
     * Options of a run; null fields take the workbook's value, then the default.
     *
     * @param seed       random seed
     * @param iterations fixed Monte Carlo iterations (null: the workbook's, else adaptive)
     * @param threads    worker threads (null: all cores)
     * @param monteCarlo whether to run the Monte Carlo analysis
     */
    public record Options(Long seed, Long iterations, Integer threads, boolean monteCarlo) {
        public static final Options DEFAULT = new Options(null, null, null, true);
    }

    /**
     * A workbook read and checked by every stage.
     *
     * @param workbook the workbook (null when it could not be read at all)
     * @param problems every error and warning, reader's first, then calculation's, then uncertainty's
     */
    public record Validation(PcfWorkbook workbook, List<Problem> problems) {
        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }

        public List<Problem> warnings() {
            return problems.stream().filter(p -> !p.isError()).toList();
        }
    }

    /**
     * A complete result.
     *
     * @param workbook    the workbook
     * @param footprint   the deterministic footprint
     * @param uncertainty the Monte Carlo result, or null when not run
     * @param warnings    every warning of the run
     * @param scenarios   the Scenarios sheet's scenarios calculated, in sheet order (with the paired
     *                    probability when the Monte Carlo analysis ran)
     */
    public record Result(PcfWorkbook workbook, Footprint footprint, UncertaintyResult uncertainty, List<Problem> warnings,
                         List<ScenarioResult> scenarios) {
        public Result {
            scenarios = List.copyOf(scenarios);
        }

        /** A result without scenarios. */
        public Result(PcfWorkbook workbook, Footprint footprint, UncertaintyResult uncertainty, List<Problem> warnings) {
            this(workbook, footprint, uncertainty, warnings, List.of());
        }
    }

    /** Paired iterations of a scenario's probability of being lower: the base run's, at most this many. */
    static final long PAIRED_CAP = 100_000;

    /**
     * Reads the workbook and runs every check (reader, units and factors, uncertainty parameters, and
     * that the report's fonts have every character of the workbook's printed text), collecting all problems.
     *
     * @throws IOException when the file cannot be read
     */
    public static Validation validate(Path file) throws IOException {
        return check(file, true);
    }

    /**
     * Warnings for characters of the workbook's printed text that the report fonts lack, each at its
     * cell. Part of {@link #validate}; {@link #calculate} leaves it out because it loads the fonts
     * (about a second), which only validation and the report need.
     */
    public static List<Problem> printability(PcfWorkbook wb) {
        return PrintableText.check(wb);
    }

    private static Validation check(Path file, boolean printability) throws IOException {
        return check(WorkbookReader.read(file), printability);
    }

    private static Validation check(Reading reading, boolean printability) {
        return check(new Validation(reading.workbook(), reading.problems()), printability);
    }

    private static Validation check(Validation reading, boolean printability) {
        List<Problem> problems = new ArrayList<>(reading.problems());
        PcfWorkbook wb = reading.workbook();
        if (wb != null) {
            problems.addAll(LibraryVersions.check(wb));
            problems.addAll(Calculator.check(wb));
            problems.addAll(Scenarios.check(wb));
            problems.addAll(InputModel.check(wb));
            if (printability) problems.addAll(printability(wb));
        }
        return new Validation(wb, distinct(problems));
    }

    /** Largest workbook file accepted, in bytes (the same limit for a file and for an upload). */
    public static final long MAX_WORKBOOK_BYTES = WorkbookReader.MAX_FILE_BYTES;

    /**
     * Reads a workbook received as bytes (an upload) without checking it beyond the reader:
     * the first half of {@link #validate(byte[], String)}, for callers that show progress.
     *
     * @param bytes    the file's content
     * @param fileName the name shown in messages and kept in the results; never used as a path
     * @return the workbook (null when unusable) and the reader's problems only
     */
    public static Validation read(byte[] bytes, String fileName) {
        Reading r = WorkbookReader.read(bytes, fileName);
        return new Validation(r.workbook(), r.problems());
    }

    /**
     * Every check after reading (units and factors, uncertainty parameters), added to the reader's
     * problems: what {@link #calculate} checks. {@link #validate} also checks {@link #printability}.
     *
     * @param read the outcome of {@link #read(byte[], String)}
     */
    public static Validation check(Validation read) {
        return check(read, false);
    }

    /**
     * Reads a workbook through POI's in-memory model, as a workbook with formulas is read (others are
     * streamed), and returns whether it could be read. For the start-up cache's training only.
     */
    public static boolean readThroughModel(byte[] bytes, String fileName) {
        return WorkbookReader.readThroughModel(bytes, fileName).workbook() != null;
    }

    /**
     * Reads a workbook received as bytes and runs every check, as {@link #validate(Path)} does for a file.
     *
     * @param bytes    the file's content
     * @param fileName the name shown in messages and kept in the results; never used as a path
     */
    public static Validation validate(byte[] bytes, String fileName) {
        return check(read(bytes, fileName), true);
    }

    /**
     * Whether the bytes are a spreadsheet container at all (a zip as .xlsx/.xlsm, or OLE2 as .xls),
     * judged by content, never by name. False for empty files, text, PDF, HTML, pictures.
     */
    public static boolean isSpreadsheetContainer(byte[] bytes) {
        return WorkbookReader.isSpreadsheetContainer(bytes);
    }

    /**
     * Reads, checks (all of {@link #validate} but {@link #printability}) and calculates.
     *
     * @param progress told of the Monte Carlo run's progress; null for none
     * @throws InputException when the workbook has any error (all of them listed)
     * @throws IOException    when the file cannot be read
     */
    public static Result calculate(Path file, Options options, Progress progress) throws IOException {
        return calculate(check(file, false), options, progress);
    }

    /**
     * Reads, checks and calculates a workbook received as bytes, as {@link #calculate(Path, Options, Progress)}
     * does for a file.
     *
     * @param fileName the name shown in messages and kept in the results; never used as a path
     * @param progress told of the Monte Carlo run's progress; null for none
     * @throws InputException when the workbook has any error (all of them listed)
     */
    public static Result calculate(byte[] bytes, String fileName, Options options, Progress progress) {
        return calculate(check(read(bytes, fileName)), options, progress);
    }

    /**
     * Calculates a workbook already read and checked ({@link #check} or {@link #validate(byte[], String)}).
     *
     * @param progress told of the Monte Carlo run's progress; null for none
     * @throws InputException when the validation has any error (all of its problems listed)
     */
    public static Result calculate(Validation v, Options options, Progress progress) {
        if (v.hasErrors() || v.workbook() == null) {
            throw new InputException(v.problems());
        }
        return run(v, options, progress);
    }

    /**
     * A calculated result with the verification body's opinion of it.
     *
     * @param result       the company workbook's result
     * @param verification the verification workbook as read
     * @param warnings     every warning: the company workbook's, then the verification workbook's
     */
    public record Verified(Result result, Verification verification, List<Problem> warnings) {}

    /**
     * Reads and checks both workbooks, listing the problems of both at once, then calculates: the
     * input of a verified report ({@code pcf report BOOK --verification V.xlsx}).
     *
     * @throws InputException when either workbook has any error (all of both listed)
     * @throws IOException    when a file cannot be read
     */
    public static Verified calculateVerified(Path file, Path verificationFile, Options options,
                                             Progress progress) throws IOException {
        return verified(check(file, false), VerificationReader.read(verificationFile), options, progress);
    }

    /**
     * {@link #calculateVerified(Path, Path, Options, Progress)} for workbooks received as bytes (the
     * server's uploads); file names are shown in messages, never used as paths.
     *
     * @throws InputException when either workbook has any error (all of both listed)
     */
    public static Verified calculateVerified(byte[] bytes, String fileName, byte[] verification,
                                             String verificationName, Options options, Progress progress) {
        return verified(check(read(bytes, fileName), false), VerificationReader.read(verification, verificationName),
                options, progress);
    }

    private static Verified verified(Validation v, VerificationReader.Reading vr, Options options, Progress progress) {
        List<Problem> problems = new ArrayList<>(v.problems());
        problems.addAll(vr.problems());
        Verification verification = vr.verification();
        if (v.workbook() != null && verification != null) {
            // cell references first, so that they are listed with the other errors; materiality after the calculation
            problems.addAll(VerificationRules.check(verification, v.workbook().source(), Double.NaN));
        }
        if (problems.stream().anyMatch(Problem::isError) || v.workbook() == null || verification == null) {
            throw new InputException(distinct(problems));
        }
        Result r = run(v, options, progress);
        List<Problem> warnings = new ArrayList<>(r.warnings());
        warnings.addAll(vr.problems());
        for (Problem p : VerificationRules.checkTotal(verification, r.footprint().total())) warnings.add(p);
        return new Verified(r, verification, distinct(warnings));
    }

    /** Writes the blank verification workbook ({@code pcf template --verification}). */
    public static void writeVerificationTemplate(OutputStream out) throws IOException {
        VerificationTemplate.write(out);
    }

    /** The {@code pcf-result/1} JSON of a verified result, with its {@code verification} block. */
    public static String json(Verified v) {
        Result r = v.result();
        return ResultJson.write(r.workbook(), r.footprint(), r.uncertainty(), v.warnings(), v.verification());
    }

    /**
     * Renders the verified report in memory: the verification statement after the summary, the empty
     * signature fields {@code verifier} and {@code reviewer}, both workbooks embedded.
     *
     * @param lang the language; null for the company workbook's
     */
    public static Report report(Verified v, ReportLanguage lang) {
        PdfDocument doc = reportDocument(v, lang);
        return new Report(PdfRenderer.render(doc), doc.xhtml());
    }

    /** The verified report's PDF document, before rendering. */
    public static PdfDocument reportDocument(Verified v, ReportLanguage lang) {
        Result r = v.result();
        ReportLanguage l = lang != null ? lang : r.workbook().info().language();
        return Reports.BUILDER.document(r.workbook(), r.footprint(), r.uncertainty(), r.scenarios(), v.verification(), l,
                json(v).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Signs an empty signature field of a PDF ({@code pcf sign}): a PAdES baseline B-B signature in an
     * incremental update. The result begins with the file's bytes; earlier signatures stay valid.
     *
     * @param clock the signing time
     * @throws InputException for an unusable key store, a missing or already signed field, a file that is not a PDF
     * @throws IOException    when the PDF cannot be read
     */
    public static byte[] sign(Path pdf, SignRequest request, java.time.Clock clock) throws IOException {
        return PdfSigner.sign(java.nio.file.Files.readAllBytes(pdf), pdf.toString(), request, clock);
    }

    /**
     * Checks every signature of a PDF ({@code pcf sign --verify}).
     *
     * @throws InputException when the file is not a readable PDF
     * @throws IOException    when it cannot be read
     */
    public static List<SignatureStatus> verifySignatures(Path pdf) throws IOException {
        return SignatureVerifier.verify(java.nio.file.Files.readAllBytes(pdf), pdf.toString());
    }

    private static Result run(Validation v, Options options, Progress progress) {
        PcfWorkbook wb = v.workbook();
        Footprint fp = Calculator.calculate(wb);
        List<Problem> warnings = new ArrayList<>(v.warnings());
        warnings.addAll(fp.warnings());
        UncertaintyResult mc = null;
        List<ScenarioResult> scenarios = Scenarios.calculate(wb, fp);
        if (options.monteCarlo()) {
            McOptions mco = McOptions.resolve(wb.info(), options.seed(), options.iterations(), options.threads());
            mc = MonteCarlo.run(fp, wb, mco, progress == null ? Progress.NONE : progress);
            warnings.addAll(mc.warnings());
            long paired = PairedRun.iterations(Math.min(mc.iterations(), PAIRED_CAP));
            double[] p = PairedRun.pLower(fp, scenarios.stream().map(ScenarioResult::footprint).toList(),
                    scenarios.stream().map(ScenarioResult::scenario).toList(), mco.seed(), paired, mco.threads());
            List<ScenarioResult> withP = new ArrayList<>();
            for (int k = 0; k < scenarios.size(); k++) withP.add(scenarios.get(k).withPLower(p[k], paired));
            scenarios = withP;
        }
        return new Result(wb, fp, mc, distinct(warnings), scenarios);
    }

    /**
     * Reads and checks every workbook, listing the problems of all of them at once (each prefixed with
     * its file), then compares them ({@code pcf compare}): deterministic totals and stages side by side
     * and, when {@code options.monteCarlo()}, the paired Monte Carlo analysis of the differences to the
     * first. Seed and fixed iterations not given in {@code options} come from the first workbook.
     *
     * @param files    two or more workbooks; the first is the reference
     * @param progress told of the paired run's progress; null for none
     * @throws InputException           when any workbook cannot be read or has an error (all listed)
     * @throws IllegalArgumentException when fewer than two files are given
     */
    public static dev.pcf.model.Comparison compare(List<Path> files, Options options, Progress progress) {
        if (files.size() < 2) throw new IllegalArgumentException("compare needs at least two workbooks, found " + files.size());
        List<String> names = new ArrayList<>();
        List<Validation> validations = new ArrayList<>();
        for (Path f : files) {
            names.add(f.toString());
            Validation v;
            try {
                v = check(f, false);
            } catch (java.nio.file.NoSuchFileException e) {
                v = new Validation(null, List.of(Problem.error(null, "no such file")));
            } catch (IOException e) {
                v = new Validation(null, List.of(Problem.error(null, "cannot be read: " + e.getMessage())));
            }
            validations.add(v);
        }
        return Compare.run(names, validations, options, progress);
    }

    /** The {@code pcf-compare/1} JSON of a comparison. */
    public static String json(dev.pcf.model.Comparison c) {
        return dev.pcf.export.CompareJson.write(c);
    }

    /**
     * Renders the one-page comparison (A4, PDF/A-3b, the workbooks and the comparison JSON embedded) in memory.
     * Same comparison and language, same bytes.
     *
     * @param lang the language; null for the first workbook's
     */
    public static Report report(dev.pcf.model.Comparison c, ReportLanguage lang) {
        ReportLanguage l = lang != null ? lang : c.products().get(0).workbook().info().language();
        PdfDocument doc = Reports.COMPARE.document(c, l, json(c).getBytes(StandardCharsets.UTF_8));
        return new Report(PdfRenderer.render(doc), doc.xhtml());
    }

    /** The {@code pcf-result/1} JSON of a result. */
    public static String json(Result r) {
        return ResultJson.write(r.workbook(), r.footprint(), r.uncertainty(), r.warnings(), r.scenarios());
    }

    /**
     * A rendered report.
     *
     * @param pdf   the PDF/A-3b file
     * @param xhtml the intermediate XHTML, for a preview in a browser (charts and pictures show as broken images)
     */
    public record Report(byte[] pdf, String xhtml) {}

    /**
     * Renders the report in memory (so a failure leaves no file behind). Same result and language, same bytes.
     *
     * @param lang the language; null for the workbook's
     * @throws IllegalArgumentException when the report cannot be rendered (a bug, not the input's fault)
     */
    public static Report report(Result r, ReportLanguage lang) {
        PdfDocument doc = reportDocument(r, lang);
        return new Report(PdfRenderer.render(doc), doc.xhtml());
    }

    /** The report's PDF document (XHTML, charts, pictures, metadata, attachments), before rendering. */
    public static PdfDocument reportDocument(Result r, ReportLanguage lang) {
        ReportLanguage l = lang != null ? lang : r.workbook().info().language();
        return Reports.BUILDER.document(r.workbook(), r.footprint(), r.uncertainty(), r.scenarios(), null, l,
                json(r).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Renders the uncertainty and sensitivity appendix on its own ({@code pcf report BOOK --part uncertainty}):
     * method, inputs and their distributions, results, sensitivity, scenarios, convergence and the data to
     * reproduce them, captioned "附录 C / Appendix C", PDF/A-3b with the workbook and the JSON results embedded
     * like the full report's. Same result, language and label, same bytes.
     *
     * @param lang  the language; null for the workbook's
     * @param label the appendix label, e.g. {@code C} ({@link #isAppendixLabel}); null or empty for an
     *              unlettered "附录 / Appendix" whose sections, tables and figures are numbered 1, 2…
     * @throws IllegalArgumentException when the label is not 1–4 letters or digits
     */
    public static Report appendix(Result r, ReportLanguage lang, String label) {
        PdfDocument doc = appendixDocument(r, lang, label);
        return new Report(PdfRenderer.render(doc), doc.xhtml());
    }

    /** The appendix's PDF document ({@link #appendix}), before rendering. */
    public static PdfDocument appendixDocument(Result r, ReportLanguage lang, String label) {
        ReportLanguage l = lang != null ? lang : r.workbook().info().language();
        return Reports.BUILDER.appendixDocument(r.workbook(), r.footprint(), r.uncertainty(), r.scenarios(),
                label == null ? "" : label, l, json(r).getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a text is an appendix label {@link #appendix} accepts: 1–4 letters or digits, e.g. {@code C}. */
    public static boolean isAppendixLabel(String label) {
        return label != null && UncertaintyAppendix.LABEL.matcher(label).matches();
    }

    /**
     * Renders a {@link #reportDocument} and writes the PDF.
     *
     * @throws IOException when writing to {@code out} fails
     */
    public static void writePdf(PdfDocument doc, OutputStream out) throws IOException {
        PdfRenderer.write(doc, out);
    }

    /**
     * The PACT ProductFootprint JSON of a result.
     *
     * @param version 3 (Technical Specifications 3.0) or 2 (2.3)
     * @throws InputException           when the workbook lacks what PACT needs (each missing cell named)
     * @throws IllegalArgumentException when the version is neither 2 nor 3
     */
    public static String pact(Result r, int version) {
        return PactExporter.export(r.workbook(), r.footprint(), r.uncertainty(), version);
    }

    /**
     * Writes the results workbook for verifiers (.xlsx) to {@code out} (not closed).
     *
     * @throws IOException when writing to {@code out} fails
     */
    public static void writeResultsWorkbook(Result r, OutputStream out) throws IOException {
        ResultsWorkbookWriter.write(r.workbook(), r.footprint(), r.uncertainty(), out);
    }

    /** The names of the filled example workbooks, in a fixed order. */
    public static List<String> exampleNames() {
        return Examples.names();
    }

    /**
     * Writes the blank standard workbook, or a filled example, as .xlsx to {@code out} (not closed).
     *
     * @param example one of {@link #exampleNames()}, or null for the blank template
     * @throws IllegalArgumentException when {@code example} is not an example's name
     * @throws IOException              when writing to {@code out} fails
     */
    public static void writeTemplate(String example, OutputStream out) throws IOException {
        if (example == null) TemplateWriter.write(out);
        else Examples.write(example, out);
    }

    /**
     * Writes a copy of the workbook with every problem of its validation marked at its cell and
     * commented (zh+en), and a first sheet listing them all, to {@code out} (not closed).
     *
     * @param workbook   the workbook file that was validated
     * @param validation its {@link #validate} result
     * @throws InputException when the file cannot be opened safely at all (nothing to annotate)
     * @throws IOException    when the file cannot be read or writing to {@code out} fails
     */
    public static void writeAnnotated(Path workbook, Validation validation, OutputStream out) throws IOException {
        byte[] original = Files.readAllBytes(workbook);
        Annotator.annotate(original, workbook.getFileName().toString(), validation.problems(), out);
    }

    /**
     * Writes a copy of a workbook received as bytes with every problem of its validation marked at its
     * cell and commented (zh+en), and a first sheet listing them all, to {@code out} (not closed).
     *
     * @param workbook   the file as received
     * @param fileName   its name, for messages only
     * @param validation its {@link #validate(byte[], String)} result
     * @throws InputException when the file cannot be opened safely at all: there is nothing to annotate
     * @throws IOException    when writing to {@code out} fails
     */
    public static void writeAnnotated(byte[] workbook, String fileName, Validation validation, OutputStream out) throws IOException {
        Annotator.annotate(workbook, fileName, validation.problems(), out);
    }

    /**
     * The rows of the workbook that the problems point at, each with its column headers, for showing
     * the user what is wrong; rows that cannot be read are left out.
     */
    public static List<RowValues> problemRows(byte[] bytes, String fileName, List<Problem> problems) {
        List<CellRef> cells = problems.stream().map(Problem::cell).filter(java.util.Objects::nonNull).toList();
        return RowExcerpts.rows(bytes, fileName, cells);
    }

    /**
     * The report's sans-serif CJK font file (Noto Sans CJK SC Regular, OFL): the web page offers it to
     * browsers without a Chinese font, so the page shows what the report prints.
     */
    public static byte[] webFont() {
        return Fonts.sansRegularFile();
    }

    /** The problems as JSON: {@code {"ok": bool, "problems": [{"severity", "cell", "message"}]}}. */
    public static String problemsJson(List<Problem> problems) {
        return ProblemsJson.write(problems);
    }

    /** Content written to a stream; what {@link #writeFile} puts into a file. */
    @FunctionalInterface
    public interface Output {
        /**
         * Writes the whole content.
         *
         * @throws IOException when producing or writing the content fails
         */
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes a file atomically: {@code target} (its folder created when missing) holds either the
     * complete content or, on any failure, what it held before; no temporary file is left behind.
     *
     * @throws OutputException when the file system fails (folder cannot be created, disk full,
     *                         permission denied), naming {@code target}
     * @throws IOException     when the content itself fails (what {@code content} throws)
     */
    public static void writeFile(Path target, Output content) throws IOException {
        AtomicFile.write(target, content::write);
    }

    /**
     * Options of a batch.
     *
     * @param run   Monte Carlo options of each workbook; null threads means one per workbook
     *              (the batch is parallel across workbooks)
     * @param jobs  workbooks processed at once; 0 for one per processor
     * @param pdf   whether to write each workbook's PDF report (else only summary.csv)
     */
    public record BatchOptions(Options run, int jobs, boolean pdf) {}

    /**
     * What a batch did.
     *
     * @param table      the console summary: one row per workbook, the failures' first problems, the counts
     * @param summaryCsv the summary.csv written
     * @param workbooks  workbooks found
     * @param failed     workbooks with input problems or an internal error
     */
    public record BatchOutcome(String table, Path summaryCsv, int workbooks, int failed) {
        /** Whether every workbook succeeded. */
        public boolean allOk() {
            return failed == 0;
        }
    }

    /**
     * Calculates every workbook of a folder ({@code .xlsx}, {@code .xls}, {@code .xlsm}, not hidden or
     * lock files), in parallel, writing {@code <name>.pdf} for each (unless {@code options.pdf()} is
     * false) and {@code summary.csv} into {@code outDir}. A workbook that fails is recorded and never
     * stops the others.
     *
     * @param progress told as each workbook finishes (its file name as the item); null for none
     * @throws java.nio.file.NotDirectoryException when {@code dir} is not a folder
     * @throws OutputException                     when {@code outDir} or summary.csv cannot be written
     * @throws IOException                         when the folder cannot be listed
     * @throws InterruptedException                when interrupted while waiting for the workers
     */
    public static BatchOutcome batch(Path dir, Path outDir, BatchOptions options, Progress progress)
            throws IOException, InterruptedException {
        return Batch.run(dir, outDir, options, progress == null ? Progress.NONE : progress);
    }

    /** The report builder (templates and bundles loaded once, on first use). */
    private static final class Reports {
        static final ReportBuilder BUILDER = new ReportBuilder();
        static final dev.pcf.render.CompareBuilder COMPARE = new dev.pcf.render.CompareBuilder();
    }

    private static List<Problem> distinct(List<Problem> problems) {
        return List.copyOf(new java.util.LinkedHashSet<>(problems));
    }
}
