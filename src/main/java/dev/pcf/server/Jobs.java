package dev.pcf.server;

import dev.pcf.Pcf;
import dev.pcf.model.InputException;
import dev.pcf.model.Problem;
import dev.pcf.model.Progress;
import dev.pcf.model.ReportLanguage;

import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The page's jobs: each upload runs on a worker thread through the facade — reading, checking,
 * Monte Carlo, rendering the report in the workbook's language — while the page polls its status;
 * then its problems or its result stay available for downloads. Bounded: a job holds one of the
 * {@link Gate}'s slots while it works; at most {@value #MAX_KEPT} finished jobs are kept, none
 * longer than {@value #KEEP_MINUTES} minutes, and the oldest go first once the uploads and reports
 * they keep pass a quarter of the heap.
 */
final class Jobs implements AutoCloseable {
    static final int MAX_KEPT = 64;
    static final int KEEP_MINUTES = 30;
    /** Most bytes finished jobs keep (uploads, reports): a quarter of the heap. */
    static final long KEEP_BYTES = Runtime.getRuntime().maxMemory() / 4;

    private final Gate gate;
    private final PrintStream log;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private final ExecutorService workers;

    Jobs(Gate gate, PrintStream log) {
        this.gate = gate;
        this.log = log;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "pcf-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts a job for an upload; the slot is the job's from now on and freed when it ends. */
    Job start(Upload upload, Gate.Slot slot) {
        Job job = new Job(HexFormat.of().formatHex(randomBytes()), upload.name(), upload.bytes(), System.currentTimeMillis());
        job.verification = upload.verification();
        synchronized (jobs) {
            purge(job.created);
            jobs.put(job.id, job);
        }
        try {
            workers.execute(() -> run(job, slot));
        } catch (RuntimeException e) {
            slot.close();
            throw e;
        }
        return job;
    }

    /** The job with this id, or null when unknown or expired. */
    Job get(String id) {
        synchronized (jobs) {
            return jobs.get(id);
        }
    }

    private void run(Job job, Gate.Slot slot) {
        try (slot) {
            byte[] bytes = job.upload;
            Pcf.Validation read = Pcf.read(bytes, job.fileName);
            job.phase = Job.Phase.CHECKING;
            Pcf.Validation checked = Pcf.check(read);
            List<Problem> fonts = checked.workbook() == null ? List.of() : Pcf.printability(checked.workbook());
            if (checked.hasErrors() || checked.workbook() == null) {
                problems(job, distinct(checked.problems(), fonts));
                return;
            }
            job.phase = Job.Phase.MONTE_CARLO;
            Progress progress = new Progress() {
                @Override
                public void advanced(long done, long total, String item) {
                    job.mcDone = done;
                    job.mcExpected = total;
                }
            };
            Pcf.Verified verified = job.verification == null ? null : Pcf.calculateVerified(bytes, job.fileName,
                    job.verification, Upload.VERIFICATION_NAME, options(), progress);
            Pcf.Result result = verified != null ? verified.result() : Pcf.calculate(checked, options(), progress);
            job.verified = verified;
            job.phase = Job.Phase.RENDERING;
            ReportLanguage lang = result.workbook().info().language();
            job.pdfs.put(lang, pdf(job, result, lang));
            job.defaultLanguage = lang;
            job.warnings = distinct(verified != null ? verified.warnings() : result.warnings(), fonts);
            job.result = result;
            job.upload = null;
            job.verification = null;
            finish(job, Job.Phase.DONE);
        } catch (InputException e) {
            problems(job, e.problems());
        } catch (RuntimeException | Error e) {
            log.println("pcf serve: internal error in job " + job.id + ": " + e);
            e.printStackTrace(log);
            finish(job, Job.Phase.FAILED);
        }
    }

    private void problems(Job job, List<Problem> problems) {
        job.verification = null;
        job.problems = problems;
        job.rows = Pcf.problemRows(job.upload, job.fileName, problems);
        finish(job, Job.Phase.PROBLEMS);
    }

    private static void finish(Job job, Job.Phase phase) {
        job.finished = System.currentTimeMillis();
        job.phase = phase;
    }

    /** Monte Carlo threads per job: the cores shared among the jobs that may run at once. */
    Pcf.Options options() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors() / gate.max());
        return new Pcf.Options(null, null, threads, true);
    }

    /**
     * The report of a finished job in a language, rendered once (holding a slot) and kept.
     *
     * @throws ApiError 503 when it must be rendered and every slot is taken
     */
    byte[] pdf(Job job, ReportLanguage lang) {
        byte[] done = job.pdfs.get(lang);
        if (done != null) return done;
        Gate.Slot slot = gate.enter();
        try {
            return job.pdfs.computeIfAbsent(lang, l -> pdf(job, job.result, l));
        } finally {
            slot.close();
        }
    }

    /** Renders a job's report in memory: the verified report when a verification workbook came with it. */
    private static byte[] pdf(Job job, Pcf.Result result, ReportLanguage lang) {
        Pcf.Verified v = job.verified;
        return v != null ? Pcf.report(v, lang).pdf() : pdf(result, lang);
    }

    /** Renders a report in memory. */
    static byte[] pdf(Pcf.Result result, ReportLanguage lang) {
        return Pcf.report(result, lang).pdf();
    }

    private void purge(long now) {
        long oldest = now - KEEP_MINUTES * 60_000L;
        for (Iterator<Job> it = jobs.values().iterator(); it.hasNext(); ) {
            Job j = it.next();
            if (j.phase.finished() && j.finished < oldest) it.remove();
        }
        for (Iterator<Job> it = jobs.values().iterator(); it.hasNext() && jobs.size() >= MAX_KEPT; ) {
            if (it.next().phase.finished()) it.remove();
        }
        long kept = 0;
        for (Job j : jobs.values()) kept += j.retainedBytes();
        for (Iterator<Job> it = jobs.values().iterator(); it.hasNext() && kept > KEEP_BYTES; ) {
            Job j = it.next();
            if (!j.phase.finished()) continue;
            kept -= j.retainedBytes();
            it.remove();
        }
    }

    private byte[] randomBytes() {
        byte[] b = new byte[16];
        random.nextBytes(b);
        return b;
    }

    private static List<Problem> distinct(List<Problem> a, List<Problem> b) {
        LinkedHashSet<Problem> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return new ArrayList<>(all);
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
