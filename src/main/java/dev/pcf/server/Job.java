package dev.pcf.server;

import dev.pcf.Pcf;
import dev.pcf.model.Problem;
import dev.pcf.model.ReportLanguage;
import dev.pcf.model.RowValues;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One workbook uploaded through the page: where it has got to, and then its problems or its
 * result. Written by the one thread that runs it, read by status requests (hence volatile).
 * Identified by a random 128-bit id, which is also what lets its uploader fetch it.
 */
final class Job {
    /** Where a job is; the last three are final. */
    enum Phase { READING, CHECKING, MONTE_CARLO, RENDERING, PROBLEMS, DONE, FAILED;

        boolean finished() {
            return this == PROBLEMS || this == DONE || this == FAILED;
        }

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    final String id;
    final String fileName;
    final long created;
    volatile Phase phase = Phase.READING;
    volatile long mcDone;
    volatile long mcExpected;
    /** The upload, kept only while its problems may be annotated. */
    volatile byte[] upload;
    volatile List<Problem> problems = List.of();
    volatile List<RowValues> rows = List.of();
    volatile Pcf.Result result;
    /** The verification workbook uploaded with it (the optional field {@code verification}), kept until the job ends. */
    volatile byte[] verification;
    /** The verified result when a verification workbook came with the upload: its reports are the verified report. */
    volatile Pcf.Verified verified;
    /** Warnings shown with a result: the run's and the report fonts' coverage. */
    volatile List<Problem> warnings = List.of();
    volatile ReportLanguage defaultLanguage;
    final Map<ReportLanguage, byte[]> pdfs = new ConcurrentHashMap<>();
    volatile long finished;

    Job(String id, String fileName, byte[] upload, long now) {
        this.id = id;
        this.fileName = fileName;
        this.upload = upload;
        this.created = now;
    }

    /** The status JSON the page polls: phase and Monte Carlo iterations. Only fixed tokens and numbers. */
    String statusJson() {
        return "{\"id\":\"" + id + "\",\"phase\":\"" + phase.code() + "\",\"finished\":" + phase.finished()
                + ",\"iterations\":" + mcDone + ",\"expected\":" + mcExpected + "}";
    }

    /** Bytes this job keeps alive: the upload (or the result's copy of it) and the rendered reports. */
    long retainedBytes() {
        long n = 0;
        byte[] u = upload;
        if (u != null) n += u.length;
        Pcf.Result r = result;
        if (r != null) n += r.workbook().source().bytes().length;
        for (byte[] pdf : pdfs.values()) n += pdf.length;
        return n;
    }

    /** The base of download names: the upload's name without its extension. */
    String baseName() {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}
