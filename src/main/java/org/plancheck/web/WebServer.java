package org.plancheck.web;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.engine.RuleEngine;
import org.plancheck.model.RuleInfo;
import org.plancheck.report.Json;
import org.plancheck.report.JsonModel;
import org.plancheck.report.Templates;
import org.plancheck.run.CheckOutcome;
import org.plancheck.store.History;

/**
 * {@code plancheck serve}: pages for reviewers (upload, result, history, targets, rules) and a JSON API, on Javalin
 * 7 (Jetty 12). Every check is one {@link org.plancheck.run.CheckRun#check} run by {@link Jobs}; the history goes
 * to {@link History}. Safety: upload size and count limits, a bounded queue (503 + Retry-After), an optional bearer
 * token ({@code PLANCHECK_TOKEN}) for uploads and the API, security headers on every response, an access log on
 * stderr.
 */
public final class WebServer implements AutoCloseable {
    /** A request refused with a status and a message for the reviewer (and extra headers such as Retry-After). */
    public static final class Reject extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;
        final Map<String, String> headers;

        Reject(int status, String message) {
            this(status, message, Map.of());
        }

        Reject(int status, String message, Map<String, String> headers) {
            super(message);
            this.status = status;
            this.headers = headers;
        }
    }

    /** A route: method and path as Javalin spells it. The API ones are what docs/openapi.json must describe. */
    public record Route(String method, String path) {
        boolean api() {
            return path.startsWith("/api/") || path.equals("/healthz");
        }
    }

    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final ServeOptions options;
    private final History history;
    private final Jobs jobs;
    private final Catalog catalog;
    private final List<RuleInfo> rules;
    private final String version;
    private final List<Route> routes = new ArrayList<>();
    private final Javalin app;

    private WebServer(ServeOptions options, History history, Jobs jobs, Catalog catalog, List<RuleInfo> rules,
                      String version) throws IOException {
        this.options = options;
        this.history = history;
        this.jobs = jobs;
        this.catalog = catalog;
        this.rules = rules;
        this.version = version;
        String spool = jobs.spool().toString();
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = options.bind();
            config.jetty.port = options.port();
            config.http.maxRequestSize = 1024 * 1024;
            config.jetty.multipartConfig.cacheDirectory(spool);
            config.jetty.multipartConfig.maxFileSize(options.maxFileBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(options.maxRequestBytes(), SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.requestLogger.http(WebServer::log);
            config.routes.before(this::headers);
            config.routes.exception(Reject.class, this::rejected);
            config.routes.exception(Exception.class, (e, ctx) -> {
                System.err.println("plancheck serve: " + ctx.method() + " " + ctx.path() + ": internal error: " + e);
                rejected(new Reject(500, "服务器内部错误。"), ctx);
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) {
                    rejected(new Reject(404, "未找到该页面或检查任务（结果保留期满后只保留数据库中的记录）。"), ctx);
                }
            });
            route(config, "GET", "/", this::index);
            route(config, "POST", "/checks", this::uploadForm);
            route(config, "GET", "/checks/{id}", this::jobPage);
            route(config, "GET", "/checks/{id}/download/{format}", this::download);
            route(config, "GET", "/checks/{id}/annotated/{seq}", this::annotated);
            route(config, "GET", "/history", this::historyPage);
            route(config, "GET", "/targets", this::targetsPage);
            route(config, "GET", "/rules", this::rulesPage);
            route(config, "GET", "/assets/{name}", this::asset);
            route(config, "POST", "/api/v1/checks", this::apiSubmit);
            route(config, "GET", "/api/v1/checks/{id}", this::apiJob);
            route(config, "GET", "/api/v1/targets", this::apiTargets);
            route(config, "GET", "/api/v1/rules", this::apiRules);
            route(config, "GET", "/api/v1/openapi.json", this::openApi);
            route(config, "GET", "/healthz", this::health);
        });
    }

    private void route(io.javalin.config.JavalinConfig config, String method, String path, Handler h) {
        routes.add(new Route(method, path));
        config.routes.addHttpHandler(method.equals("POST") ? HandlerType.POST : HandlerType.GET, path, h);
    }

    /**
     * Loads the upper plan and the rules (a broken file fails here, before the port opens), opens the history
     * database (migrating it), and starts listening.
     */
    public static WebServer start(ServeOptions options, String version) throws IOException {
        Catalog catalog = CatalogLoader.load(options.upper());
        List<RuleInfo> rules = RuleEngine.load(options.rules()).rules();
        History history = History.open(options.dbUrl(), options.dataDir());
        int lost = history.interrupted(System.currentTimeMillis());
        if (lost > 0) {
            System.err.println("plancheck serve: " + lost + " job(s) left unfinished by the last run marked failed");
        }
        Jobs jobs = new Jobs(options, history, version);
        WebServer s = new WebServer(options, history, jobs, catalog, rules, version);
        try {
            s.app.start();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    public int port() {
        return app.port();
    }

    public URI uri() {
        String host = options.bind().contains(":") ? "[" + options.bind() + "]" : options.bind();
        return URI.create("http://" + host + ":" + port() + "/");
    }

    /** Every route the server answers, in registration order. */
    public List<Route> routes() {
        return List.copyOf(routes);
    }

    public History history() {
        return history;
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            try {
                jobs.close();
            } finally {
                history.close();
            }
        }
    }

    // ---- cross-cutting ------------------------------------------------------------------------------------

    private void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", ctx.path().startsWith("/assets/") ? "max-age=300" : "no-store");
    }

    /** One line per request on stderr: time, client, method, path (never the query), status, milliseconds. */
    private static void log(Context ctx, Float ms) {
        System.err.printf("%s %s \"%s %s\" %d %.0fms%n", Instant.now(), ctx.ip(), ctx.method(), ctx.path(),
                ctx.statusCode(), ms);
    }

    private void rejected(Reject r, Context ctx) {
        ctx.status(r.status);
        r.headers.forEach(ctx::header);
        if (ctx.method() == io.javalin.http.HandlerType.POST) {
            // an upload refused part-way leaves its body unread: the server drops the connection, so say so,
            // or a client that reuses it for its next request gets no answer
            ctx.header("Connection", "close");
        }
        if (r.status == 401) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"plancheck\"");
        }
        if (ctx.path().startsWith("/api/") || ctx.path().equals("/healthz")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("status", r.status);
            m.put("error", r.getMessage());
            json(ctx, m);
        } else {
            ctx.contentType("text/html; charset=utf-8").result(Templates.render("web/message.jte",
                    Map.of("title", "无法完成请求（" + r.status + "）", "message", r.getMessage())));
        }
    }

    /** The bearer token, when one is configured: from the Authorization header, or the upload form's field. */
    private void authorize(Context ctx, boolean formAllowed) {
        if (!options.tokenRequired()) {
            return;
        }
        String given = null;
        String h = ctx.header("Authorization");
        if (h != null && h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            given = h.substring(7).strip();
        } else if (formAllowed) {
            given = ctx.formParam("token");
        }
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                options.token().getBytes(StandardCharsets.UTF_8))) {
            throw new Reject(401, "需要有效的访问令牌（PLANCHECK_TOKEN）。");
        }
    }

    private static void json(Context ctx, Object value) {
        ctx.contentType("application/json; charset=utf-8").result(Json.write(value));
    }

    private static void html(Context ctx, String template, Map<String, Object> params) {
        ctx.contentType("text/html; charset=utf-8").result(Templates.render(template, params));
    }

    // ---- uploads ------------------------------------------------------------------------------------------

    /** Takes an upload into a new job; 413 / 415 / 400 for bad uploads, 503 with Retry-After when full. */
    private Job accept(Context ctx, boolean form) throws IOException {
        long length = ctx.contentLength();
        if (length > options.maxRequestBytes()) {
            throw new Reject(413, "上传内容超过上限（" + options.maxFiles() + " 份，每份 "
                    + options.maxFileBytes() / (1024 * 1024) + " MB）。");
        }
        if (!form || ctx.header("Authorization") != null) {
            authorize(ctx, false);   // before the body is read: no spooling for a client without the token
        }
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new Reject(415, "请以 multipart/form-data 上传文件（字段名 files）。");
        }
        List<UploadedFile> files;
        try {
            files = ctx.uploadedFiles();
        } catch (Exception e) {
            // Jetty's multipart limits end the parse with (sneakily thrown) ServletException or IllegalStateException
            throw new Reject(413, "上传内容超过上限或格式有误：" + rootMessage(e));
        }
        if (form) {
            authorize(ctx, true);    // the plain form sends its token as a field of the body
        }
        try {
            jobs.reserve();
        } catch (Jobs.Full e) {
            throw new Reject(503, e.getMessage(), Map.of("Retry-After", Long.toString(jobs.retryAfterSeconds())));
        }
        String id = Jobs.newId();
        Path folder = null;
        try {
            folder = jobs.newJobFolder(id);
            List<Jobs.Upload> uploads = Uploads.store(files, folder, options);
            String uploader = ctx.formParam("uploader");
            if (uploader == null || uploader.isBlank()) {
                uploader = ctx.header("X-Plancheck-Uploader");
            }
            return jobs.submit(id, uploads, uploader == null || uploader.isBlank() ? null : uploader.strip(), ctx.ip());
        } catch (IOException | RuntimeException e) {
            jobs.release();
            if (folder != null) {
                Jobs.deleteTree(folder);
            }
            throw e;
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private void uploadForm(Context ctx) throws IOException {
        Job job = accept(ctx, true);
        ctx.redirect("/checks/" + job.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void apiSubmit(Context ctx) throws IOException {
        Job job = accept(ctx, false);
        ctx.status(202);
        ctx.header("Location", "/api/v1/checks/" + job.id());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", job.id());
        m.put("state", job.state().code());
        m.put("links", links(job.id()));
        json(ctx, m);
    }

    private static Map<String, Object> links(String id) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("self", "/api/v1/checks/" + id);
        l.put("page", "/checks/" + id);
        return l;
    }

    // ---- pages --------------------------------------------------------------------------------------------

    private void index(Context ctx) {
        html(ctx, "web/index.jte", Map.of("page", new Pages.Index(catalog.plan().name(), options.tokenRequired(),
                options.maxFiles(), options.maxFileBytes() / (1024 * 1024), version, history.recent(10))));
    }

    private void jobPage(Context ctx) {
        String id = ctx.pathParam("id");
        Pages.JobPage page = Pages.job(id, jobs.get(id), history);
        if (page == null) {
            throw new Reject(404, "没有这个检查任务：" + id);
        }
        html(ctx, "web/job.jte", Map.of("page", page));
    }

    private void historyPage(Context ctx) {
        html(ctx, "web/history.jte", Map.of("jobs", history.recent(200)));
    }

    private void targetsPage(Context ctx) {
        html(ctx, "web/targets.jte", Map.of("catalog", catalog));
    }

    private void rulesPage(Context ctx) {
        html(ctx, "web/rules.jte", Map.of("rules", rules));
    }

    private static final Map<String, String> ASSETS = Map.of("app.css", "text/css; charset=utf-8",
            "upload.js", "text/javascript; charset=utf-8", "report.css", "text/css; charset=utf-8");

    private void asset(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        String type = ASSETS.get(name);
        if (type == null) {
            throw new Reject(404, "未找到：" + name);
        }
        if (name.equals("report.css")) {
            ctx.contentType(type).result(org.plancheck.report.ReportView.css());
            return;
        }
        try (InputStream in = WebServer.class.getResourceAsStream("assets/" + name)) {
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    /** A report of a job: from its folder while kept; the JSON report also from the database afterwards. */
    private void download(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        String format = ctx.pathParam("format");
        Job job = jobs.get(id);
        CheckOutcome.Output out = job == null || job.outcome() == null ? null : job.outcome().outputs().stream()
                .filter(o -> o.reporter().format().equals(format)).findFirst().orElse(null);
        String stem = "plancheck-" + id.substring(0, Math.min(8, id.length()));
        if (out != null && Files.isRegularFile(out.file())) {
            String name = stem + (format.equals("opinion") ? "-opinion" : "") + "." + out.reporter().extension();
            attachment(ctx, name, Pages.mediaType(out.reporter().extension()));
            ctx.result(Files.readAllBytes(out.file()));
            return;
        }
        if (format.equals("json")) {
            String json = history.reportJson(id).orElse(null);
            if (json != null) {
                attachment(ctx, stem + ".json", "application/json; charset=utf-8");
                ctx.result(json);
                return;
            }
        }
        throw new Reject(404, "该报告已不在服务器上（保留期满后只保留数据库中的记录和 JSON 报告）。");
    }

    private void annotated(Context ctx) throws IOException {
        String id = ctx.pathParam("id");
        int seq;
        try {
            seq = Integer.parseInt(ctx.pathParam("seq"));
        } catch (NumberFormatException e) {
            throw new Reject(404, "未找到");
        }
        Job job = jobs.get(id);
        if (job != null && job.outcome() != null && seq >= 1 && seq <= job.uploads().size()) {
            Jobs.Upload u = job.uploads().get(seq - 1);
            for (CheckOutcome.Annotation a : job.outcome().annotations()) {
                if (a.source().equals(u.stored()) && Files.isRegularFile(a.target())) {
                    attachment(ctx, u.name().replaceAll("(?i)\\.pdf$", "") + ".annotated.pdf", "application/pdf");
                    ctx.result(Files.readAllBytes(a.target()));
                    return;
                }
            }
        }
        throw new Reject(404, "没有这份批注版 PDF（没有问题的文档不生成；保留期满后已删除）。");
    }

    /** Content-Disposition: attachment, the name in UTF-8 (RFC 6266) with an ASCII fallback. */
    private static void attachment(Context ctx, String name, String type) {
        String ascii = name.replaceAll("[^A-Za-z0-9._-]", "_");
        String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
        ctx.contentType(type);
        ctx.header("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8);
    }

    // ---- API ----------------------------------------------------------------------------------------------

    private void apiJob(Context ctx) {
        authorize(ctx, false);
        String id = ctx.pathParam("id");
        Map<String, Object> m = Pages.jobJson(id, jobs.get(id), history);
        if (m == null) {
            throw new Reject(404, "没有这个检查任务：" + id);
        }
        m.put("links", links(id));
        json(ctx, m);
    }

    private void apiTargets(Context ctx) {
        authorize(ctx, false);
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("id", catalog.plan().id());
        plan.put("name", catalog.plan().name());
        plan.put("jurisdiction", catalog.plan().jurisdiction());
        plan.put("baseYear", catalog.plan().baseYear());
        plan.put("targetYear", catalog.plan().targetYear());
        root.put("upperPlan", plan);
        root.put("targets", catalog.targets().stream().map(JsonModel::upperTarget).toList());
        json(ctx, root);
    }

    private void apiRules(Context ctx) {
        authorize(ctx, false);
        json(ctx, rules.stream().map(r -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", r.id());
            m.put("title", r.title());
            m.put("severity", r.severityCode());
            m.put("check", r.check());
            m.put("explanation", r.explanation());
            return m;
        }).toList());
    }

    private void openApi(Context ctx) throws IOException {
        try (InputStream in = WebServer.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json; charset=utf-8").result(in.readAllBytes());
        }
    }

    private void health(Context ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", "ok");
        m.put("version", version);
        m.put("upperPlan", catalog.plan().name());
        m.put("rules", rules.size());
        m.put("database", history.product());
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("running", jobs.running());
        q.put("queued", jobs.queued());
        q.put("capacity", jobs.capacity());
        m.put("queue", q);
        json(ctx, m);
    }
}
