package org.plancheck.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.Finding;
import org.plancheck.model.Severity;

/**
 * The audit trail of {@code plancheck serve}: jobs, the files of each (name, SHA-256, size, who uploaded them),
 * each document's verdict and findings, and the JSON report. An embedded H2 database under the data folder by
 * default, PostgreSQL (or any JDBC URL whose driver is on the class path) when one is given; the schema is migrated
 * by Flyway from {@code db/migration} when the store opens. Plain JDBC: a handful of statements, no ORM.
 *
 * <p>A reviewer's questions it answers: the earlier checks of a draft (same file name, or the same jurisdiction
 * and kind of plan) and what changed between two versions, by finding fingerprint within the document (rule and
 * indicator: {@link StoredFinding#key()}), so a revised draft with another file name still compares.
 */
public final class History implements AutoCloseable {
    private final String url;
    private final Connection keeper;

    private History(String url, Connection keeper) {
        this.url = url;
        this.keeper = keeper;
    }

    /**
     * Opens (and migrates) the store: {@code jdbcUrl}, or when null an H2 file {@code dataDir/history.mv.db}. A
     * PostgreSQL URL carries user and password as parameters ({@code ?user=…&password=…}).
     */
    public static History open(String jdbcUrl, Path dataDir) {
        String url = jdbcUrl;
        if (url == null || url.isBlank()) {
            try {
                Files.createDirectories(dataDir);
            } catch (java.io.IOException e) {
                throw new StoreException("cannot create the data folder " + dataDir + ": " + e.getMessage(), e);
            }
            url = "jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("history");
        }
        try {
            Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration")
                    .load().migrate();
            // an embedded H2 database closes with its last connection: keep one open while the server runs
            Connection keeper = url.startsWith("jdbc:h2:") ? DriverManager.getConnection(url) : null;
            return new History(url, keeper);
        } catch (SQLException | RuntimeException e) {
            throw new StoreException("cannot open the history database " + redact(url) + ": " + e.getMessage(), e);
        }
    }

    /** The URL without its password, for messages. */
    public static String redact(String url) {
        return url == null ? "" : url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }

    /** "H2 …" or "PostgreSQL …": the database product, for /healthz. */
    public String product() {
        try (Connection c = connect()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new StoreException("database unavailable: " + e.getMessage(), e);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    // ---- records ------------------------------------------------------------------------------------------

    /** A file as uploaded, and once judged, its identity and verdict (null until then). */
    public record StoredFile(String jobId, int seq, String fileName, String sha256, long size, String title,
                             String jurisdiction, String kind, String domain, String status, String reason,
                             Integer errors, Integer warnings, Integer infos) {
        public static StoredFile uploaded(int seq, String fileName, String sha256, long size) {
            return new StoredFile(null, seq, fileName, sha256, size, null, null, null, null, null, null, null, null,
                    null);
        }
    }

    /** A job: when, by whom, its state and its files. */
    public record StoredJob(String id, long createdAt, Long finishedAt, String state, String uploader, String client,
                            String upperPlan, Integer exitCode, String error, List<StoredFile> files) {
    }

    /** A finding as kept: enough to list it and to compare versions. */
    public record StoredFinding(int fileSeq, String ruleId, String severity, String indicatorId, String indicatorName,
                                String message, int page, String evidence, String fingerprint) {
        /** The finding's fingerprint within its document (rule and indicator): the same in every version. */
        public String key() {
            return ruleId + "|" + (indicatorId == null ? "" : indicatorId);
        }

        public String severityLabel() {
            try {
                return Severity.parse(severity).label();
            } catch (IllegalArgumentException e) {
                return severity;
            }
        }
    }

    /** An earlier check of the same draft, and why it counts as the same draft. */
    public record Earlier(StoredJob job, StoredFile file, String matchedBy) {
    }

    /** What changed from an earlier version to this one, by {@link StoredFinding#key()}. */
    public record Changes(Earlier from, List<StoredFinding> fixed, List<StoredFinding> added,
                          List<StoredFinding> unchanged) {
    }

    // ---- writing ------------------------------------------------------------------------------------------

    /** Records a new job (state {@code queued}) and its files. */
    public void created(String id, long createdAt, String uploader, String client, String upperPlan,
                        List<StoredFile> files) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO check_job (id, created_at, state, uploader,"
                    + " client, upper_plan) VALUES (?, ?, 'queued', ?, ?, ?)")) {
                p.setString(1, id);
                p.setLong(2, createdAt);
                p.setString(3, cut(uploader, 200));
                p.setString(4, cut(client, 100));
                p.setString(5, cut(upperPlan, 300));
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO check_file (job_id, seq, file_name, sha256,"
                    + " size_bytes) VALUES (?, ?, ?, ?, ?)")) {
                for (StoredFile f : files) {
                    p.setString(1, id);
                    p.setInt(2, f.seq());
                    p.setString(3, cut(f.fileName(), 500));
                    p.setString(4, f.sha256());
                    p.setLong(5, f.size());
                    p.addBatch();
                }
                p.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot record job " + id + ": " + e.getMessage(), e);
        }
    }

    /** Marks a job running. */
    public void running(String id) {
        update("UPDATE check_job SET state = 'running' WHERE id = ?", id);
    }

    /** Records a job that ended without a report (timeout, configuration error, internal error). */
    public void failed(String id, long finishedAt, String error) {
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement(
                "UPDATE check_job SET state = 'failed', finished_at = ?, error = ? WHERE id = ?")) {
            p.setLong(1, finishedAt);
            p.setString(2, cut(error, 2000));
            p.setString(3, id);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot record job " + id + ": " + e.getMessage(), e);
        }
    }

    /**
     * Records a finished job: exit code, JSON report, each document's identity and verdict, every finding.
     * {@code report.documents()} are in upload order, so document i is file seq i+1.
     */
    public void finished(String id, long finishedAt, int exitCode, String reportJson, CheckReport report,
                         org.plancheck.report.Waivers waivers) {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement p = c.prepareStatement("UPDATE check_job SET state = 'done', finished_at = ?,"
                    + " exit_code = ?, report_json = ? WHERE id = ?")) {
                p.setLong(1, finishedAt);
                p.setInt(2, exitCode);
                p.setString(3, reportJson);
                p.setString(4, id);
                p.executeUpdate();
            }
            try (PreparedStatement p = c.prepareStatement("UPDATE check_file SET title = ?, jurisdiction = ?,"
                    + " plan_kind = ?, plan_domain = ?, status = ?, reason = ?, errors = ?, warnings = ?, infos = ?"
                    + " WHERE job_id = ? AND seq = ?")) {
                int seq = 0;
                for (DocumentResult d : report.documents()) {
                    seq++;
                    long[] n = new long[3];
                    d.findings().stream().filter(waivers::active).forEach(f -> n[f.severity().ordinal()]++);
                    p.setString(1, cut(d.plan().title(), 1000));
                    p.setString(2, cut(d.plan().jurisdiction(), 200));
                    p.setString(3, d.plan().kind().code());
                    p.setString(4, cut(d.plan().domain(), 100));
                    p.setString(5, d.status().name());
                    p.setString(6, cut(d.reason(), 2000));
                    p.setInt(7, (int) n[Severity.ERROR.ordinal()]);
                    p.setInt(8, (int) n[Severity.WARNING.ordinal()]);
                    p.setInt(9, (int) n[Severity.INFO.ordinal()]);
                    p.setString(10, id);
                    p.setInt(11, seq);
                    p.addBatch();
                }
                p.executeBatch();
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO check_finding (job_id, file_seq, n, rule_id,"
                    + " severity, indicator_id, indicator_name, message, page, evidence, fingerprint)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int seq = 0;
                for (DocumentResult d : report.documents()) {
                    seq++;
                    addFindings(p, id, seq, d.findings());
                }
                addFindings(p, id, 0, report.batchFindings());
                p.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            throw new StoreException("cannot record job " + id + ": " + e.getMessage(), e);
        }
    }

    private static void addFindings(PreparedStatement p, String id, int seq, List<Finding> findings)
            throws SQLException {
        int n = 0;
        for (Finding f : findings) {
            p.setString(1, id);
            p.setInt(2, seq);
            p.setInt(3, ++n);
            p.setString(4, f.ruleId());
            p.setString(5, f.severity().code());
            p.setString(6, cut(f.indicatorId(), 60));
            p.setString(7, cut(f.indicatorName(), 300));
            p.setString(8, cut(f.message(), 4000));
            p.setInt(9, f.evidence().page());
            p.setString(10, cut(f.evidence().text(), 4000));
            p.setString(11, cut(f.fingerprint(), 400));
            p.addBatch();
        }
    }

    /**
     * Jobs left queued or running by a server that stopped: they will not finish, so they are marked failed (their
     * uploads are gone with the server's private folder). Returns how many.
     */
    public int interrupted(long now) {
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement("UPDATE check_job SET state ="
                + " 'failed', finished_at = ?, error = ? WHERE state IN ('queued', 'running')")) {
            p.setLong(1, now);
            p.setString(2, "服务重启，检查未完成，请重新上传");
            return p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot update interrupted jobs: " + e.getMessage(), e);
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------

    public Optional<StoredJob> job(String id) {
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement(JOB_SELECT + " WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(job(r, files(c, id)));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read job " + id + ": " + e.getMessage(), e);
        }
    }

    /** The JSON report of a finished job. */
    public Optional<String> reportJson(String id) {
        try (Connection c = connect();
             PreparedStatement p = c.prepareStatement("SELECT report_json FROM check_job WHERE id = ?")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.ofNullable(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read job " + id + ": " + e.getMessage(), e);
        }
    }

    /** The most recent jobs, newest first. */
    public List<StoredJob> recent(int limit) {
        List<StoredJob> out = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement(JOB_SELECT
                + " ORDER BY created_at DESC, id")) {
            p.setMaxRows(limit);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(job(r, null));
                }
            }
            List<StoredJob> withFiles = new ArrayList<>();
            for (StoredJob j : out) {
                withFiles.add(withFiles(j, files(c, j.id())));
            }
            return withFiles;
        } catch (SQLException e) {
            throw new StoreException("cannot list jobs: " + e.getMessage(), e);
        }
    }

    /** The findings of one document of a job (seq 1…), or of its batch (seq 0), in report order. */
    public List<StoredFinding> findings(String jobId, int seq) {
        try (Connection c = connect()) {
            return findings(c, jobId, seq);
        } catch (SQLException e) {
            throw new StoreException("cannot read findings of " + jobId + ": " + e.getMessage(), e);
        }
    }

    /**
     * The earlier finished checks of document {@code seq} of job {@code jobId}, newest first: the same file name, or
     * (when its jurisdiction is known) the same jurisdiction, kind and domain of plan.
     */
    public List<Earlier> earlier(String jobId, int seq) {
        try (Connection c = connect()) {
            StoredJob job = job(jobId).orElse(null);
            if (job == null) {
                return List.of();
            }
            StoredFile me = job.files().stream().filter(f -> f.seq() == seq).findFirst().orElse(null);
            if (me == null) {
                return List.of();
            }
            String sql = "SELECT f.job_id, f.seq, f.file_name, f.jurisdiction, f.plan_kind, f.plan_domain"
                    + " FROM check_file f JOIN check_job j ON j.id = f.job_id"
                    + " WHERE j.state = 'done' AND (j.created_at < ? OR (j.created_at = ? AND j.id < ?))"
                    + " AND (f.file_name = ? OR (f.jurisdiction = ? AND f.plan_kind = ?"
                    + " AND COALESCE(f.plan_domain, '') = ?))"
                    + " ORDER BY j.created_at DESC, j.id DESC, f.seq";
            List<Earlier> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setLong(1, job.createdAt());
                p.setLong(2, job.createdAt());
                p.setString(3, job.id());
                p.setString(4, me.fileName());
                if (me.jurisdiction() == null || "unknown".equals(me.kind())) {
                    p.setNull(5, Types.VARCHAR);
                    p.setNull(6, Types.VARCHAR);
                } else {
                    p.setString(5, me.jurisdiction());
                    p.setString(6, me.kind());
                }
                p.setString(7, me.domain() == null ? "" : me.domain());
                p.setMaxRows(50);
                Map<String, StoredJob> jobs = new LinkedHashMap<>();
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        String other = r.getString(1);
                        int otherSeq = r.getInt(2);
                        StoredJob oj = jobs.computeIfAbsent(other, k -> job(k).orElseThrow());
                        StoredFile of = oj.files().stream().filter(f -> f.seq() == otherSeq).findFirst()
                                .orElseThrow();
                        String by = of.fileName().equals(me.fileName()) ? "同名文件"
                                : "同一辖区同类规划（" + of.jurisdiction() + "）";
                        out.add(new Earlier(oj, of, by));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the history of " + jobId + ": " + e.getMessage(), e);
        }
    }

    /** What changed from the most recent earlier check of the same draft; empty when there is none. */
    public Optional<Changes> changes(String jobId, int seq) {
        List<Earlier> earlier = earlier(jobId, seq);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(compare(earlier.get(0), findings(jobId, seq)));
    }

    /** Compares the findings of an earlier version with {@code now}, by {@link StoredFinding#key()}. */
    public Changes compare(Earlier from, List<StoredFinding> now) {
        List<StoredFinding> before = findings(from.job().id(), from.file().seq());
        Map<String, StoredFinding> old = new LinkedHashMap<>();
        before.forEach(f -> old.putIfAbsent(f.key(), f));
        Map<String, StoredFinding> cur = new LinkedHashMap<>();
        now.forEach(f -> cur.putIfAbsent(f.key(), f));
        List<StoredFinding> fixed = old.values().stream().filter(f -> !cur.containsKey(f.key())).toList();
        List<StoredFinding> added = cur.values().stream().filter(f -> !old.containsKey(f.key())).toList();
        List<StoredFinding> same = cur.values().stream().filter(f -> old.containsKey(f.key())).toList();
        return new Changes(from, fixed, added, same);
    }

    private static final String JOB_SELECT = "SELECT id, created_at, finished_at, state, uploader, client,"
            + " upper_plan, exit_code, error FROM check_job";

    private static StoredJob job(ResultSet r, List<StoredFile> files) throws SQLException {
        long fin = r.getLong(3);
        Long finished = r.wasNull() ? null : fin;
        int ec = r.getInt(8);
        Integer exit = r.wasNull() ? null : ec;
        return new StoredJob(r.getString(1), r.getLong(2), finished, r.getString(4), r.getString(5), r.getString(6),
                r.getString(7), exit, r.getString(9), files == null ? List.of() : files);
    }

    private static StoredJob withFiles(StoredJob j, List<StoredFile> files) {
        return new StoredJob(j.id(), j.createdAt(), j.finishedAt(), j.state(), j.uploader(), j.client(), j.upperPlan(),
                j.exitCode(), j.error(), files);
    }

    private static List<StoredFile> files(Connection c, String id) throws SQLException {
        List<StoredFile> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT job_id, seq, file_name, sha256, size_bytes, title,"
                + " jurisdiction, plan_kind, plan_domain, status, reason, errors, warnings, infos FROM check_file"
                + " WHERE job_id = ? ORDER BY seq")) {
            p.setString(1, id);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new StoredFile(r.getString(1), r.getInt(2), r.getString(3), r.getString(4), r.getLong(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10),
                            r.getString(11), integer(r, 12), integer(r, 13), integer(r, 14)));
                }
            }
        }
        return out;
    }

    private static List<StoredFinding> findings(Connection c, String id, int seq) throws SQLException {
        List<StoredFinding> out = new ArrayList<>();
        try (PreparedStatement p = c.prepareStatement("SELECT file_seq, rule_id, severity, indicator_id,"
                + " indicator_name, message, page, evidence, fingerprint FROM check_finding"
                + " WHERE job_id = ? AND file_seq = ? ORDER BY n")) {
            p.setString(1, id);
            p.setInt(2, seq);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new StoredFinding(r.getInt(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6), r.getInt(7), r.getString(8), r.getString(9)));
                }
            }
        }
        return out;
    }

    private static Integer integer(ResultSet r, int col) throws SQLException {
        int v = r.getInt(col);
        return r.wasNull() ? null : v;
    }

    private void update(String sql, String id) {
        try (Connection c = connect(); PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, id);
            p.executeUpdate();
        } catch (SQLException e) {
            throw new StoreException("cannot update job " + id + ": " + e.getMessage(), e);
        }
    }

    private static String cut(String s, int max) {
        if (s == null || s.length() <= max) {
            return s;
        }
        return s.substring(0, max - 1) + "…";
    }

    @Override
    public void close() {
        if (keeper != null) {
            try {
                keeper.close();
            } catch (SQLException e) {
                // closing a database that is going away: nothing to do
            }
        }
    }

    /** The history database failed (unreachable, broken schema). */
    public static final class StoreException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public StoreException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
