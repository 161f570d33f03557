package org.plancheck.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.report.Json;
import org.plancheck.report.ReportView;
import org.plancheck.run.CheckOutcome;
import org.plancheck.store.History;
import org.plancheck.store.History.Changes;
import org.plancheck.store.History.Earlier;
import org.plancheck.store.History.StoredFile;
import org.plancheck.store.History.StoredFinding;
import org.plancheck.store.History.StoredJob;

/**
 * What the pages and the API show of a job, from memory while the server holds it and from the history database
 * otherwise (after the retention time, after a restart): the verdicts, the findings, the earlier checks of each
 * draft and what changed since the last one.
 */
public final class Pages {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private Pages() {
    }

    /** The upload page. */
    public record Index(String upperPlan, boolean tokenRequired, int maxFiles, long maxFileMb, String version,
                        List<StoredJob> recent) {
    }

    /** A link to download. */
    public record Download(String label, String href) {
    }

    /** One uploaded draft of a job: its verdict, findings kept in the database, earlier checks and changes. */
    public record FileView(StoredFile file, List<StoredFinding> findings, List<Earlier> earlier, Changes changes) {
    }

    /** The result page of one job. {@code report} is null once the job's folder is gone (shown from the database). */
    public record JobPage(String id, String state, String stateLabel, String progress, String error, String created,
                          String uploader, ReportView report, List<Download> downloads, List<FileView> files,
                          boolean refresh) {
    }

    /** 已完成, 失败 … for a stored job state. */
    public static String stateLabel(String code) {
        return stateOf(code).label();
    }

    /** 通过, 不通过, 无法核验 for a stored document status; "" when none yet. */
    public static String statusLabel(String status) {
        if (status == null) {
            return "";
        }
        try {
            return org.plancheck.model.Status.valueOf(status).label();
        } catch (IllegalArgumentException e) {
            return status;
        }
    }

    /** 总体规划（规划纲要） … for a stored plan kind code. */
    public static String kindLabel(String code) {
        if (code == null) {
            return "";
        }
        try {
            return org.plancheck.model.PlanKind.parse(code).label();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    public static String time(long millis) {
        return TIME.format(Instant.ofEpochMilli(millis));
    }

    /**
     * A job's state as shown, from the server's live job when it has one ({@code live}, read before the record) and
     * its record: a job the server has finished counts as still running until its record says so, because the record
     * holds what a finished job must show (exit code, verdicts, report). Read in the other order, a client polling at
     * the moment a job ended could get 「done」 with no exit code, which a pipeline may take for 0.
     */
    static Job.State shownState(Job.State live, StoredJob stored) {
        if (live == null) {
            return stateOf(stored.state());
        }
        if ((live == Job.State.DONE || live == Job.State.FAILED) && stored.finishedAt() == null) {
            return Job.State.RUNNING;
        }
        return live;
    }

    /** The page of job {@code id}; null when neither the server nor the database knows it. */
    static JobPage job(String id, Job live, History history) {
        Job.State liveState = live == null ? null : live.state();
        StoredJob stored = history.job(id).orElse(null);
        if (stored == null) {
            return null;
        }
        Job.State state = shownState(liveState, stored);
        CheckOutcome outcome = live == null ? null : live.outcome();
        ReportView view = outcome == null ? null : new ReportView(outcome.report(), outcome.waivers());
        List<Download> downloads = new ArrayList<>();
        if (outcome != null) {
            for (CheckOutcome.Output o : outcome.outputs()) {
                downloads.add(new Download(label(o.reporter().format()),
                        "/checks/" + id + "/download/" + o.reporter().format()));
            }
            for (int i = 0; i < live.uploads().size(); i++) {
                Jobs.Upload u = live.uploads().get(i);
                if (outcome.annotations().stream().anyMatch(a -> a.source().equals(u.stored()))) {
                    downloads.add(new Download("批注版 PDF：" + u.name(), "/checks/" + id + "/annotated/" + (i + 1)));
                }
            }
        } else if (state == Job.State.DONE) {
            downloads.add(new Download(label("json"), "/checks/" + id + "/download/json"));
        }
        List<FileView> files = new ArrayList<>();
        if (state == Job.State.DONE) {
            stored = history.job(id).orElse(stored);
            for (StoredFile f : stored.files()) {
                List<StoredFinding> fs = history.findings(id, f.seq());
                List<Earlier> earlier = history.earlier(id, f.seq());
                Changes changes = earlier.isEmpty() ? null : history.compare(earlier.get(0), fs);
                files.add(new FileView(f, fs, earlier, changes));
            }
        } else {
            stored.files().forEach(f -> files.add(new FileView(f, List.of(), List.of(), null)));
        }
        String progress = live != null ? live.progress() : null;
        String error = live != null ? live.error() : stored.error();
        return new JobPage(id, state.code(), state.label(), progress, error, time(stored.createdAt()),
                stored.uploader(), view, downloads, files, state == Job.State.QUEUED || state == Job.State.RUNNING);
    }

    private static Job.State stateOf(String code) {
        for (Job.State s : Job.State.values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        return Job.State.FAILED;
    }

    /** Chinese label of a report format for the download list. */
    static String label(String format) {
        return switch (format) {
            case "json" -> "JSON 报告";
            case "html" -> "HTML 报告（单文件）";
            case "md" -> "Markdown 报告";
            case "sarif" -> "SARIF（代码扫描）";
            case "junit" -> "JUnit XML（CI 测试报告）";
            case "opinion" -> "审核意见草稿（Markdown）";
            case "docx" -> "审核意见草稿（Word）";
            default -> format;
        };
    }

    /** Media type of a download by its extension. */
    static String mediaType(String extension) {
        return switch (extension) {
            case "json" -> "application/json; charset=utf-8";
            case "sarif" -> "application/sarif+json; charset=utf-8";
            case "html" -> "text/html; charset=utf-8";
            case "md" -> "text/markdown; charset=utf-8";
            case "xml" -> "application/xml; charset=utf-8";
            case "docx" -> "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
            case "pdf" -> "application/pdf";
            default -> "application/octet-stream";
        };
    }

    /** The API's view of job {@code id}: state, files with verdicts and changes, the JSON report; null if unknown. */
    static Map<String, Object> jobJson(String id, Job live, History history) {
        Job.State liveState = live == null ? null : live.state();
        StoredJob stored = history.job(id).orElse(null);
        if (stored == null) {
            return null;
        }
        Job.State state = shownState(liveState, stored);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("state", state.code());
        m.put("progress", live == null ? null : live.progress());
        m.put("error", live != null ? live.error() : stored.error());
        m.put("createdAt", Instant.ofEpochMilli(stored.createdAt()).toString());
        m.put("finishedAt", stored.finishedAt() == null ? null : Instant.ofEpochMilli(stored.finishedAt()).toString());
        m.put("uploader", stored.uploader());
        m.put("exitCode", stored.exitCode());
        List<Map<String, Object>> files = new ArrayList<>();
        for (StoredFile f : stored.files()) {
            Map<String, Object> fm = new LinkedHashMap<>();
            fm.put("seq", f.seq());
            fm.put("name", f.fileName());
            fm.put("sha256", f.sha256());
            fm.put("size", f.size());
            fm.put("status", f.status());
            fm.put("jurisdiction", f.jurisdiction());
            fm.put("kind", f.kind());
            fm.put("domain", f.domain());
            Changes c = null;
            if (state == Job.State.DONE) {
                List<Earlier> earlier = history.earlier(id, f.seq());
                c = earlier.isEmpty() ? null : history.compare(earlier.get(0), history.findings(id, f.seq()));
            }
            fm.put("changes", c == null ? null : changes(c));
            files.add(fm);
        }
        m.put("files", files);
        Object report = null;
        if (state == Job.State.DONE) {
            String json = history.reportJson(id).orElse(null);
            if (json != null) {
                try {
                    report = Json.mapper().readTree(json);
                } catch (java.io.IOException e) {
                    report = null;
                }
            }
        }
        m.put("report", report);
        return m;
    }

    private static Map<String, Object> changes(Changes c) {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Object> from = new LinkedHashMap<>();
        from.put("id", c.from().job().id());
        from.put("file", c.from().file().fileName());
        from.put("createdAt", Instant.ofEpochMilli(c.from().job().createdAt()).toString());
        from.put("matchedBy", c.from().matchedBy());
        m.put("comparedWith", from);
        m.put("fixed", c.fixed().stream().map(Pages::finding).toList());
        m.put("new", c.added().stream().map(Pages::finding).toList());
        m.put("unchanged", c.unchanged().stream().map(Pages::finding).toList());
        return m;
    }

    private static Map<String, Object> finding(StoredFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.ruleId());
        m.put("severity", f.severity());
        m.put("indicatorId", f.indicatorId());
        m.put("indicatorName", f.indicatorName());
        m.put("message", f.message());
        m.put("page", f.page());
        m.put("fingerprint", f.key());
        return m;
    }
}
