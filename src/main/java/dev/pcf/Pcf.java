package dev.pcf;

import dev.pcf.calc.Calculator;
import dev.pcf.export.ResultJson;
import dev.pcf.model.Footprint;
import dev.pcf.model.InputException;
import dev.pcf.model.PcfWorkbook;
import dev.pcf.model.Problem;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.SignRequest;
import dev.pcf.model.SignatureStatus;
import dev.pcf.sign.PdfSigner;
import dev.pcf.sign.SignatureVerifier;
import dev.pcf.model.UncertaintyResult;
import dev.pcf.model.Verification;
import dev.pcf.verification.VerificationReader;
import dev.pcf.verification.VerificationRules;
import dev.pcf.verification.VerificationTemplate;
import dev.pcf.render.PdfDocument;
import dev.pcf.render.PdfRenderer;
import dev.pcf.render.ReportBuilder;
import dev.pcf.uncertainty.InputModel;
import dev.pcf.uncertainty.McOptions;
import dev.pcf.uncertainty.MonteCarlo;
import dev.pcf.uncertainty.ProgressListener;
import dev.pcf.workbook.WorkbookReader;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The facade: what the command line (and any future service) calls. Reads a workbook, checks it
 * through every stage at once, calculates the footprint, runs the Monte Carlo analysis and writes
 * the report. Nothing else reaches across the pipeline's packages.
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
     */
    public record Result(PcfWorkbook workbook, Footprint footprint, UncertaintyResult uncertainty, List<Problem> warnings) {}

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
        var reading = WorkbookReader.read(file);
        List<Problem> problems = new ArrayList<>(reading.problems());
        PcfWorkbook wb = reading.workbook();
        if (wb != null) {
            problems.addAll(Calculator.check(wb));
            problems.addAll(InputModel.check(wb));
            if (printability) problems.addAll(printability(wb));
        }
        return new Validation(wb, distinct(problems));
    }

    /**
     * Reads, checks (all of {@link #validate} but {@link #printability}) and calculates.
     *
     * @throws InputException when the workbook has any error (all of them listed)
     * @throws IOException    when the file cannot be read
     */
    public static Result calculate(Path file, Options options, ProgressListener progress) throws IOException {
        Validation v = check(file, false);
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
                                             ProgressListener progress) throws IOException {
        Validation v = check(file, false);
        VerificationReader.Reading vr = VerificationReader.read(verificationFile);
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

    /** The verified report's PDF document: the verification statement, its signature fields, both workbooks embedded. */
    public static PdfDocument reportDocument(Verified v, ReportLanguage lang) {
        Result r = v.result();
        ReportLanguage l = lang != null ? lang : r.workbook().info().language();
        return Reports.BUILDER.document(r.workbook(), r.footprint(), r.uncertainty(), v.verification(), l,
                json(v).getBytes(java.nio.charset.StandardCharsets.UTF_8));
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

    private static Result run(Validation v, Options options, ProgressListener progress) {
        PcfWorkbook wb = v.workbook();
        Footprint fp = Calculator.calculate(wb);
        List<Problem> warnings = new ArrayList<>(v.warnings());
        warnings.addAll(fp.warnings());
        UncertaintyResult mc = null;
        if (options.monteCarlo()) {
            McOptions mco = McOptions.resolve(wb.info(), options.seed(), options.iterations(), options.threads());
            mc = MonteCarlo.run(fp, wb, mco, progress == null ? ProgressListener.NONE : progress);
            warnings.addAll(mc.warnings());
        }
        return new Result(wb, fp, mc, distinct(warnings));
    }

    /** The {@code pcf-result/1} JSON of a result. */
    public static String json(Result r) {
        return ResultJson.write(r.workbook(), r.footprint(), r.uncertainty(), r.warnings());
    }

    /** The report's PDF document (XHTML, charts, pictures, metadata, attachments). */
    public static PdfDocument reportDocument(Result r, ReportLanguage lang) {
        ReportLanguage l = lang != null ? lang : r.workbook().info().language();
        return Reports.BUILDER.document(r.workbook(), r.footprint(), r.uncertainty(), l,
                json(r).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Writes the PDF report. */
    public static void writePdf(PdfDocument doc, OutputStream out) throws IOException {
        PdfRenderer.write(doc, out);
    }

    /** The report builder (templates and bundles loaded once, on first use). */
    private static final class Reports {
        static final ReportBuilder BUILDER = new ReportBuilder();
    }

    private static List<Problem> distinct(List<Problem> problems) {
        return List.copyOf(new java.util.LinkedHashSet<>(problems));
    }
}
