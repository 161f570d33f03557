package org.plancheck.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.Jurisdiction;
import org.plancheck.document.Glyph;
import org.plancheck.model.Extraction;
import org.plancheck.model.LowerPlan;
import org.plancheck.model.Origin;
import org.plancheck.model.PlanFigure;
import org.plancheck.model.PlanKind;
import org.plancheck.model.RowIssue;
import org.plancheck.model.StatedIdentity;
import org.plancheck.model.Tier;
import org.plancheck.model.UpperTarget;

/**
 * Whether a read document can be judged: its identity known (stated by the reviewer or decided by the tool), of a
 * kind the upper plan governs, and read fully. Every refusal says why and what the reviewer can do: a document that
 * was read but not identified is never told to send a copyable PDF.
 */
final class Identity {
    private static final Pattern YEAR = Pattern.compile("(20\\d\\d)年");

    private Identity() {
    }

    /** The plan with what the reviewer stated put in place of what the tool decided. */
    static LowerPlan stated(LowerPlan p, StatedIdentity s, Catalog catalog) {
        if (s == null || s.isEmpty()) {
            return p;
        }
        String jurisdiction = p.jurisdiction();
        Tier tier = p.tier();
        List<String> notes = new ArrayList<>();
        if (s.jurisdiction() != null) {
            jurisdiction = s.jurisdiction();
            if (s.jurisdiction().equals(catalog.plan().jurisdiction())) {
                tier = Tier.SAME;
            } else {
                tier = catalog.jurisdiction(s.jurisdiction()).map(j -> Tier.LOWER).orElse(Tier.UNKNOWN);
                jurisdiction = catalog.jurisdiction(s.jurisdiction()).map(Jurisdiction::name).orElse(jurisdiction);
            }
            notes.add("辖区 " + jurisdiction);
        }
        PlanKind kind = s.kind() != null ? s.kind() : p.kind();
        if (s.kind() != null) {
            notes.add("类型 " + kind.label());
        }
        String domain = s.domain() != null ? s.domain() : kind == PlanKind.SPECIAL ? p.domain() : null;
        if (s.domain() != null) {
            notes.add("领域 " + domain);
        }
        String basis = p.basis() + "；审核人员指定（" + s.source() + "）：" + String.join("，", notes);
        return new LowerPlan(p.document(), p.title(), jurisdiction, tier, kind, domain, basis);
    }

    /**
     * A document whose title could not be found (a lost cover page) is a general plan when its indicator table
     * covers the upper plan's main indicators broadly: six or more of them, from three or more categories. Anything
     * less stays unidentified (the reviewer states the kind).
     */
    static LowerPlan byContent(LowerPlan p, List<PlanFigure> figures, Catalog catalog) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        java.util.Set<String> categories = new java.util.HashSet<>();
        for (PlanFigure f : figures) {
            if (f.source() == Origin.TABLE && f.indicatorId() != null) {
                catalog.byId(f.indicatorId()).filter(t -> t.origin() == Origin.TABLE).ifPresent(t -> {
                    ids.add(t.id());
                    categories.add(t.category());
                });
            }
        }
        if (ids.size() < 6 || categories.size() < 3) {
            return p;
        }
        return new LowerPlan(p.document(), p.title(), p.jurisdiction(), p.tier(), PlanKind.GENERAL, null,
                p.basis() + "；标题未能识别，按内容判定为总体规划（主要指标表含上位规划 " + ids.size() + " 项主要指标，涉及 "
                        + categories.size() + " 个类别）");
    }

    /** The extraction, or the same refused with the reason and what to do. */
    static Extraction judgeable(Extraction e, Catalog catalog) {
        LowerPlan p = e.plan();
        String upper = "《" + catalog.plan().name() + "》";
        if (p.jurisdiction() == null || p.tier() == Tier.UNKNOWN) {
            boolean unsure = p.title() != null && p.title().contains(Glyph.UNREADABLE);
            return e.unreadable("无法识别文件所属辖区（标题「" + Glyph.transcribed(p.title()) + "」；上位规划" + upper
                    + "所列辖区均未出现" + (unsure ? "；□ 为OCR未能可靠识别的字" : "") + "）",
                    "用 --jurisdiction 指定辖区（如 " + examples(catalog) + "），或在批量清单中写明");
        }
        if (p.kind() == PlanKind.OTHER) {
            // not a plan: the numbers it quotes are not its targets
            return new Extraction(p, e.pages(), false, "不是规划纲要、专项规划或年度计划（标题「" + Glyph.transcribed(p.title())
                    + "」），不作符合性判断", List.of(), List.of(), "如确为规划文件，用 --kind general|special|annual 指定类型");
        }
        if (p.kind() == PlanKind.UNKNOWN) {
            return e.unreadable("无法确定文件类型（未找到标题）", "用 --kind general|special|annual 指定类型");
        }
        if (p.kind() == PlanKind.SPECIAL && (p.domain() == null || catalog.domain(p.domain()).isEmpty())) {
            return e.unreadable("无法确定专项规划的领域（标题「" + Glyph.transcribed(p.title()) + "」）",
                    "用 --domain 指定领域（" + String.join("、", catalog.domains().stream()
                            .map(d -> d.code() + " " + d.label()).toList()) + "）");
        }
        if (!catalog.plan().governs().contains(p.kind())) {
            return e.unreadable("上位规划" + upper + "不约束" + p.kind().label() + "（它约束："
                    + String.join("、", catalog.plan().governs().stream().map(PlanKind::label).sorted().toList()) + "）",
                    "用 --upper 选择约束这类文件的上位规划，或用 --kind 更正文件类型");
        }
        if (p.kind() == PlanKind.ANNUAL && p.title() != null) {
            Matcher y = YEAR.matcher(p.title());
            if (y.find() && Integer.parseInt(y.group(1)) != catalog.plan().targetYear()) {
                return e.unreadable("年度计划是 " + y.group(1) + " 年的，上位计划" + upper + "是 "
                        + catalog.plan().targetYear() + " 年的", "用 --upper 选择同一年度的上位计划");
            }
        }
        if (e.figures().isEmpty()) {
            return e.unreadable("未找到指标表或文中目标", "确认文件是规划正文（含主要指标表或目标表述），而不是通知、说明或摘要");
        }
        if (p.kind() == PlanKind.GENERAL && e.figures().stream().noneMatch(f -> f.source() == Origin.TABLE)) {
            // A general plan always has its main-indicator table: not finding it means the tool could not read
            // the document fully (a table drawn as a picture, an unusual layout), so it cannot be passed.
            return e.unreadable("未找到主要指标表（总体规划应有主要指标表，可能为图片或版式无法识别）",
                    "提供含可复制文字主要指标表的版本（或 Word 原稿）");
        }
        List<RowIssue> blocking = e.issues().stream().filter(i -> mayHoldBinding(i, p, catalog)).toList();
        if (!blocking.isEmpty()) {
            RowIssue first = blocking.get(0);
            return e.unreadable("指标表中有 " + blocking.size() + " 行无法读取，可能含约束性指标（" + first.place() + "「"
                    + shorten(first.text()) + "」：" + first.reason() + "）",
                    "核对这些行（合并单元格、跨页断行或排版异常），或提供 Word 原稿后重新检查");
        }
        return e;
    }

    /**
     * A document read by OCR may lack a binding indicator only because OCR misread it: its row's name read as other
     * words, or its row unreadable. When a binding indicator the plan must carry was not found and the indicator
     * tables hold a row that names no indicator of the upper plan, or an unreadable row, or there is no table at all,
     * the document is UNVERIFIABLE rather than missing the indicator (docs/domain.md, "What counts as read": a
     * row that could not be read is unreadable, not missing). A table read cleanly that lacks it really lacks it.
     */
    static Extraction ocrComplete(Extraction e, Catalog catalog) {
        if (e.ocr() == null || !e.readable()) {
            return e;
        }
        LowerPlan p = e.plan();
        java.util.Set<String> found = new java.util.HashSet<>();
        boolean unmatchedRow = false;
        boolean table = false;
        for (PlanFigure f : e.figures()) {
            if (f.indicatorId() != null) {
                found.add(f.indicatorId());
            }
            if (f.source() == Origin.TABLE) {
                table = true;
                unmatchedRow |= f.indicatorId() == null && f.ocr();
            }
        }
        List<String> missing = new ArrayList<>();
        for (UpperTarget t : catalog.targets()) {
            if (t.isBinding() && inScope(p, t) && !found.contains(t.id())) {
                missing.add(t.name());
            }
        }
        if (missing.isEmpty() || !(unmatchedRow || !e.issues().isEmpty() || !table)) {
            return e;
        }
        String why = !table ? "未读出指标表" : !e.issues().isEmpty() ? "指标表中有无法读取的行" : "指标表中有未能识别名称的行";
        return e.unreadable("经OCR识别未找到约束性指标「" + String.join("」「", missing.subList(0, Math.min(3, missing.size())))
                        + "」" + (missing.size() > 3 ? "等 " + missing.size() + " 项" : "") + "，且" + why
                        + "，可能因扫描件识别不清而未读出",
                "对照纸质文件核对这些指标，或提供可复制文字的PDF（或Word原稿）后重新检查");
    }

    /** A row that could not be read and may be a binding indicator this plan must carry (or any, when unnamed). */
    private static boolean mayHoldBinding(RowIssue i, LowerPlan p, Catalog catalog) {
        if (i.indicatorId() == null) {
            return true;
        }
        UpperTarget t = catalog.byId(i.indicatorId()).orElse(null);
        return t != null && t.isBinding() && inScope(p, t);
    }

    /** The targets a plan must carry (docs/domain.md, "Scope"); the rules decide the same in DRL. */
    static boolean inScope(LowerPlan p, UpperTarget t) {
        return switch (p.kind()) {
            case GENERAL, ANNUAL -> p.tier() == Tier.LOWER && !t.cityOnly();
            case SPECIAL -> p.domain() != null && t.domains().contains(p.domain());
            default -> false;
        };
    }

    private static String examples(Catalog catalog) {
        List<String> names = new ArrayList<>();
        names.add(catalog.plan().jurisdiction());
        for (Jurisdiction j : catalog.jurisdictions()) {
            if (names.size() >= 4) {
                break;
            }
            names.add(j.name());
        }
        return String.join("、", names) + "…";
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
