package org.plancheck.web;

import java.nio.file.Path;
import java.util.List;
import org.plancheck.report.Json;
import org.plancheck.report.JsonModel;
import org.plancheck.run.CheckOutcome;
import org.plancheck.store.History;

/** One check of one upload, as the server holds it in memory while it runs and for the retention time after. */
public final class Job {
    /** Where a job is: waiting, being checked, done (a report), or failed (no report: timeout, error). */
    public enum State {
        QUEUED("queued", "排队中"), RUNNING("running", "检查中"), DONE("done", "已完成"), FAILED("failed", "失败");

        private final String code;
        private final String label;

        State(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        public String label() {
            return label;
        }
    }

    final String id;
    final long createdAt;
    final List<Jobs.Upload> uploads;
    final Path folder;
    volatile State state = State.QUEUED;
    volatile String progress = "排队等候";
    volatile CheckOutcome outcome;
    volatile String error;
    volatile long finishedAt;

    Job(String id, long createdAt, List<Jobs.Upload> uploads, Path folder) {
        this.id = id;
        this.createdAt = createdAt;
        this.uploads = uploads;
        this.folder = folder;
    }

    public String id() {
        return id;
    }

    public State state() {
        return state;
    }

    public String progress() {
        return progress;
    }

    /** The outcome of a finished job (null otherwise): report, exit code, files written. */
    public CheckOutcome outcome() {
        return outcome;
    }

    public String error() {
        return error;
    }

    public Path folder() {
        return folder;
    }

    public List<Jobs.Upload> uploads() {
        return uploads;
    }

    boolean finished() {
        return state == State.DONE || state == State.FAILED;
    }

    /** Shows what the check is doing, unless the job is already over (timed out). */
    synchronized void progress(String text) {
        if (!finished()) {
            progress = text;
        }
    }

    synchronized void started(History history) {
        if (finished()) {
            return;
        }
        state = State.RUNNING;
        progress = "开始检查";
        history.running(id);
    }

    /** Records the outcome, unless the job already failed (it ran out of time: the late result is dropped). */
    synchronized void done(CheckOutcome o, History history) {
        if (finished()) {
            return;
        }
        String json = Json.write(JsonModel.report(o.report(), o.waivers()));
        finishedAt = System.currentTimeMillis();
        history.finished(id, finishedAt, o.exitCode(), json, o.report(), o.waivers());
        outcome = o;
        progress = "检查完成";
        state = State.DONE;
    }

    /** Records the job as failed with {@code why}; false when it was already over. */
    synchronized boolean fail(String why, History history) {
        if (finished()) {
            return false;
        }
        finishedAt = System.currentTimeMillis();
        error = why;
        try {
            history.failed(id, finishedAt, why);
        } finally {
            progress = why;
            state = State.FAILED;
        }
        return true;
    }
}
