package org.plancheck.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.plancheck.run.ExitCode;
import org.plancheck.web.ServeOptions;
import org.plancheck.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plancheck serve}: options only; {@link WebServer} does the work. Runs until stopped (Ctrl-C, SIGTERM). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"启动网页服务：上传规划文件检查、查看结果和历史记录，并提供 JSON API。",
            "Runs the web service: upload pages, results, history and a JSON API. The bearer token, if any, is read "
                    + "from the environment variable PLANCHECK_TOKEN."})
public class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", description = "端口（默认 ${DEFAULT-VALUE}）/ TCP port")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "监听地址（默认 ${DEFAULT-VALUE}，仅本机；对外服务请设置 PLANCHECK_TOKEN）/ listen address")
    String bind;

    @Mixin
    UpperOption upper;

    @Mixin
    RulesOption rulesOption;

    @Mixin
    LimitsOptions limits;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "历史数据库 JDBC URL（如 jdbc:postgresql://host/db?user=u&password=p；默认读环境变量 "
                    + "PLANCHECK_DB_URL，否则使用 --data 下的内置 H2 数据库）")
    String db;

    @Option(names = "--data", paramLabel = "DIR",
            description = "内置数据库目录（默认 $XDG_DATA_HOME/plancheck 或 ~/.local/share/plancheck）")
    Path data;

    @Option(names = "--max-files", paramLabel = "N", defaultValue = "20", description = "一次上传最多文件数（默认 ${DEFAULT-VALUE}）")
    int maxFiles;

    @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "50", description = "单个上传文件最大 MB（默认 ${DEFAULT-VALUE}）")
    long maxUploadMb;

    @Option(names = "--workers", paramLabel = "N", defaultValue = "2", description = "同时运行的检查数（默认 ${DEFAULT-VALUE}）")
    int workers;

    @Option(names = "--queue", paramLabel = "N", defaultValue = "16",
            description = "排队等候的检查数上限，超出时返回 503 和 Retry-After（默认 ${DEFAULT-VALUE}）")
    int queue;

    @Option(names = "--job-timeout", defaultValue = "300", paramLabel = "SECONDS",
            description = "单个检查任务最长秒数（默认 ${DEFAULT-VALUE}）")
    int jobTimeout;

    @Option(names = "--retention", defaultValue = "3600", paramLabel = "SECONDS",
            description = "上传文件和生成的报告保留秒数，之后删除（数据库中的记录保留；默认 ${DEFAULT-VALUE}）")
    long retention;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (maxFiles < 1 || maxUploadMb < 1 || workers < 1 || queue < 0 || jobTimeout < 1 || retention < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--max-files, --max-upload-mb, --workers, --job-timeout and --retention must be positive");
        }
        String token = System.getenv("PLANCHECK_TOKEN");
        String url = db != null ? db : System.getenv("PLANCHECK_DB_URL");
        ServeOptions o = new ServeOptions(bind, port, upper.folder(), rulesOption.folder(), url,
                data != null ? data : defaultData(), maxFiles, maxUploadMb * 1024 * 1024, workers, queue,
                Duration.ofSeconds(jobTimeout), Duration.ofSeconds(retention), token, limits.limits());
        var err = spec.commandLine().getErr();
        WebServer server = WebServer.start(o, Version.full());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "plancheck-serve-stop"));
        err.println("plancheck serve: listening on " + server.uri() + " (history: "
                + (url == null ? "H2 in " + o.dataDir() : org.plancheck.store.History.redact(url)) + ", token "
                + (o.tokenRequired() ? "required" : "not set") + ")");
        if (!o.tokenRequired() && !isLoopback(bind)) {
            err.println("plancheck serve: warning: listening beyond this machine without PLANCHECK_TOKEN:"
                    + " anyone who can reach the port can upload and read results");
        }
        err.flush();
        stopped.await();
        return ExitCode.OK;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("::1");
    }

    private static Path defaultData() {
        String xdg = System.getenv("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "plancheck");
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", "plancheck");
    }
}
