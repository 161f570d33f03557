package org.plancheck.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.catalog.InputException;
import org.plancheck.document.PdfDocument;
import org.plancheck.document.UnreadableException;
import org.plancheck.draft.CatalogDrafter;
import org.plancheck.draft.CatalogScore;
import org.plancheck.draft.PlanIdentity;
import org.plancheck.draft.PlanSource;
import org.plancheck.model.UpperTarget;
import org.plancheck.run.ExitCode;
import org.plancheck.run.UsageException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code plancheck catalog}: draft an upper plan's catalog from its text, and score a draft against a hand catalog. */
@Command(name = "catalog", mixinStandardHelpOptions = true,
        description = {"从上位规划文本起草目标清单（catalog draft），或把草稿与人工清单比较（catalog score）。",
            "Drafts an upper plan folder from the plan's text, or scores a draft against a hand-made catalog."},
        subcommands = {CatalogCommand.Draft.class, CatalogCommand.Score.class})
public class CatalogCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing subcommand: draft or score");
    }

    /** {@code plancheck catalog draft UPPER --out DIR}. */
    @Command(name = "draft", mixinStandardHelpOptions = true,
            description = {"读取上位规划（.pdf 或 .txt；.docx 待 Word 读取功能合入后支持），写出上位规划目录草稿：plan.properties、"
                + "targets.tsv（每行的 note 写明「待确认」事项）、plan.txt、jurisdictions.tsv，五年规划另有 domains.tsv。",
                "Reads an upper plan (.pdf or .txt) and writes a draft upper plan folder for a reviewer to edit."})
    public static class Draft implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "UPPER", description = "上位规划文件 / the upper plan (.pdf, .txt)")
        Path input;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "输出目录 / folder to write")
        Path folder;

        @Option(names = "--force", description = "覆盖已有目录中的文件 / replace the files of an existing folder")
        boolean force;

        @Option(names = "--name", description = "规划名称（覆盖从文本读出的）/ the plan's title")
        String name;

        @Option(names = "--jurisdiction", description = "辖区 / the jurisdiction (湖南省, 永州市 …)")
        String jurisdiction;

        @Option(names = "--level", description = "province | city | county")
        String level;

        @Option(names = "--base-year", paramLabel = "YEAR", description = "基期年 / base year")
        Integer baseYear;

        @Option(names = "--target-year", paramLabel = "YEAR", description = "目标年 / target year")
        Integer targetYear;

        @Option(names = "--max-pages", defaultValue = "1000", description = "PDF 页数上限（默认 ${DEFAULT-VALUE}）")
        int maxPages;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isRegularFile(input)) {
                err.println("plancheck: " + input + ": 文件不存在 / file not found");
                return ExitCode.USAGE;
            }
            if (level != null && !List.of("province", "city", "county").contains(level)) {
                err.println("plancheck: --level must be province, city or county, not '" + level + "'");
                return ExitCode.USAGE;
            }
            if (Files.isDirectory(folder) && !force && !isEmpty(folder)) {
                err.println("plancheck: " + folder + " 已存在且不为空：用 --force 覆盖 / exists and is not empty: --force replaces");
                return ExitCode.USAGE;
            }
            CatalogDrafter.Draft draft;
            try {
                List<String> lines = PlanSource.lines(input, maxPages, PdfDocument.MAX_BYTES);
                draft = CatalogDrafter.draft(lines, new PlanIdentity.Stated(name, jurisdiction, level, baseYear,
                        targetYear));
            } catch (UnreadableException e) {
                err.println("plancheck: " + input + ": 无法读取 / unreadable: " + e.getMessage());
                return ExitCode.UNREADABLE;
            } catch (UsageException e) {
                err.println("plancheck: " + e.getMessage());
                return ExitCode.USAGE;
            }
            CatalogDrafter.write(draft, folder, CatalogDrafter.id(folder));
            PlanIdentity p = draft.plan();
            out.printf("%s（%s，%s，%d→%d，%s）%n", p.name(), p.jurisdiction(), p.level(), p.baseYear(), p.targetYear(),
                    p.annual() ? "年度计划" : "五年规划");
            out.printf("目标 %d 项：指标表 %d 项，正文 %d 项；下级单位 %d 个%n", draft.targets().size(), draft.tableTargets(),
                    draft.targets().size() - draft.tableTargets(), draft.lowerUnits().size());
            out.printf("已写入 %s：plan.properties, targets.tsv, plan.txt, jurisdictions.tsv%s%n", folder,
                    p.annual() ? "" : ", domains.tsv");
            out.println("下一步：逐行核对 targets.tsv 的「待确认」，补全 jurisdictions.tsv，然后 plancheck targets --upper " + folder);
            out.flush();
            try {
                CatalogLoader.load(folder);
            } catch (InputException e) {
                err.println("plancheck: 草稿尚不能使用 / the draft does not load yet: " + e.oneLine());
                return ExitCode.BAD_CONFIG;
            }
            return ExitCode.OK;
        }

        private static boolean isEmpty(Path dir) throws IOException {
            try (Stream<Path> s = Files.list(dir)) {
                return s.findAny().isEmpty();
            }
        }
    }

    /** {@code plancheck catalog score DRAFT --against HAND}. */
    @Command(name = "score", mixinStandardHelpOptions = true,
            description = {"把起草的目录与人工目录比较：目标的精确率和召回率（名称、目标值、属性、引文都一致才算复现）。",
                "Scores a drafted catalog against a hand-made one: precision and recall of targets."})
    public static class Score implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "DRAFT", description = "起草的上位规划目录 / the drafted folder")
        Path draftDir;

        @Option(names = "--against", required = true, paramLabel = "DIR",
                description = "人工目录 / the hand-made folder (rules/yongzhou-15th)")
        Path handDir;

        @Option(names = "--details", description = "列出每个漏项和多余项 / list every miss and extra")
        boolean details;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Catalog draft = CatalogLoader.load(draftDir);
            Catalog hand = CatalogLoader.load(handDir);
            CatalogScore.Result r = CatalogScore.score(draft, hand);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("catalog score: %s（%d 项）对照 / against %s（%d 项）%n", draftDir, r.drafted(), handDir, r.hand());
            out.printf("复现 reproduced %d（名称、目标值、属性、引文一致 / name, value, attribute and quote agree）%n",
                    r.matched().size());
            out.printf("precision %.1f %% (%d/%d)   recall %.1f %% (%d/%d)%n", 100 * r.precision(), r.matched().size(),
                    r.drafted(), 100 * r.recall(), r.matched().size(), r.hand());
            if (!r.matched().isEmpty()) {
                StringBuilder b = new StringBuilder("复现项中默认判断与人工一致 / of those, the draft's defaults agree on:");
                r.agreement().forEach((k, v) -> b.append(String.format(" %s %d/%d", k, v, r.matched().size())));
                out.println(b);
            }
            if (details) {
                out.printf("%n漏项 missed (%d):%n", r.missed().size());
                for (CatalogScore.Miss m : r.missed()) {
                    out.printf("  %s %s：%s 「%s」 第%d行 — %s%s%n", m.hand().id(), m.hand().name(),
                            m.hand().target().text(), m.hand().quote(), m.hand().line(), m.why(),
                            m.nearest() == null ? "" : "（最近 nearest " + describe(m.nearest()) + "）");
                }
                out.printf("%n多余项 extra (%d):%n", r.extra().size());
                for (UpperTarget d : r.extra()) {
                    out.printf("  %s%n", describe(d));
                }
            }
            out.flush();
            return ExitCode.OK;
        }

        private static String describe(UpperTarget d) {
            return d.id() + " " + d.name() + "：" + d.target().text() + " " + d.attribute().label() + " 「" + d.quote()
                    + "」 第" + d.line() + "行";
        }
    }
}
