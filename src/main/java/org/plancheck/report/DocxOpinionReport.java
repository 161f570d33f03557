package org.plancheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.plancheck.model.CheckReport;
import org.plancheck.model.DocumentResult;
import org.plancheck.model.PlanKind;

/**
 * The draft 衔接审核意见 as a Word document in the layout of official documents (GB/T 9704): A4 with the standard
 * margins, the title in 方正小标宋简体, the 主送 line, the body in 仿宋_GB2312 三号 at a fixed 28-point line pitch with
 * headings in 黑体, the conclusion and the numbered problems and requested changes, the 落款 and date left for the
 * office to fill, page numbers 「— 1 —」, and the table of problems (指标, 上位要求, 下位表述, 页码或位置, 修改建议) as the
 * 附件. It says what the Markdown opinion says ({@link Opinion}). Fonts an office may lack fall back through the font
 * table (仿宋_GB2312 → 仿宋 → FangSong, 方正小标宋简体 → 黑体 → SimHei, 楷体_GB2312 → 楷体 → KaiTi), as Word and
 * WPS resolve them; LibreOffice substitutes by its own table.
 */
public final class DocxOpinionReport implements Reporter {
    static final String TITLE_FONT = "方正小标宋简体";
    static final String HEADING_FONT = "黑体";
    static final String BODY_FONT = "仿宋_GB2312";
    static final String KAI_FONT = "楷体_GB2312";
    static final String LATIN_FONT = "Times New Roman";
    /** 三号 (16 pt): the body; 二号 (22 pt): the title; 五号 (10.5 pt): the table. */
    private static final double BODY = 16;
    private static final double TITLE = 22;
    private static final double TABLE = 10.5;
    /** Text width of A4 with the standard margins, in twips: 210 mm − 28 mm − 26 mm. */
    private static final int TEXT_WIDTH = 8844;
    private static final int[] COLUMNS = {500, 1600, 1900, 1700, 1500, 1644};
    private static final String[] HEADINGS = {"序号", "指标", "上位要求", "下位表述", "页码或位置", "修改建议"};
    /** The columns of a problem between this plan and another plan of the batch (规划链, 同级规划). */
    private static final String[] BETWEEN_HEADINGS = {"序号", "指标", "对照规划表述", "本规划表述", "页码或位置", "修改建议"};

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public boolean binary() {
        return true;
    }

    @Override
    public void write(CheckReport report, Waivers waivers, Appendable out) throws IOException {
        throw new IOException("the docx opinion is a Word file: write it to a file (--output FILE)");
    }

    @Override
    public void write(CheckReport report, Waivers waivers, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            footer(doc);
            doc.getProperties().getCoreProperties().setTitle("衔接审核意见（草稿）");
            doc.getProperties().getCoreProperties().setCreator("plancheck");
            boolean first = true;
            for (DocumentResult d : report.documents()) {
                opinion(doc, report.upperPlanName(), d, Opinion.of(report, d, waivers), !first);
                first = false;
            }
            if (!Opinion.totals(report).isEmpty()) {
                batch(doc, report.upperPlanName(), Opinion.batch(report, waivers), !first);
            }
            fontTable(doc);
            doc.write(out);
        }
    }

    // ---- the opinion on one document

    private static void opinion(XWPFDocument doc, String upper, DocumentResult d, Opinion o, boolean newPage) {
        XWPFParagraph t = title(doc, "关于" + o.title() + "与上位规划衔接情况的审核意见");
        t.setPageBreak(newPage);
        XWPFParagraph draft = centred(doc);
        run(draft, "（草稿）", KAI_FONT, BODY, false);
        blank(doc);
        XWPFParagraph to = body(doc, false);
        run(to, addressee(d) + "：", BODY_FONT, BODY, false);
        text(doc, "报送的" + o.title() + "收悉。对照《" + upper + "》，经审核，现提出如下意见。");

        heading(doc, "一、审核对象");
        for (Opinion.Item i : o.object()) {
            text(doc, i.label() + "：" + i.value() + "。");
        }

        heading(doc, "二、审核结论");
        XWPFParagraph c = body(doc, true);
        run(c, "审核结论：" + o.conclusion().label() + "。", BODY_FONT, BODY, true);
        run(c, o.sentence(), BODY_FONT, BODY, false);
        if (o.caution() != null) {
            XWPFParagraph k = body(doc, true);
            run(k, o.caution(), KAI_FONT, BODY, false);
        }
        if (o.coordination() != null) {
            text(doc, o.coordination());
        }

        if (o.conclusion() == OpinionReport.Conclusion.UNVERIFIABLE) {
            heading(doc, "三、修改意见");
            requests(doc, o.requests());
        } else {
            heading(doc, "三、主要问题");
            if (o.problems().isEmpty() && o.sections().isEmpty()) {
                text(doc, "未发现需修改的问题。");
            } else {
                problems(doc, o.problems());
                for (Opinion.Section sec : o.sections()) {
                    XWPFParagraph h = body(doc, true);
                    run(h, sec.heading() + "：", BODY_FONT, BODY, true);
                    problems(doc, sec.problems());
                }
                text(doc, "问题清单详见附件。");
            }
            heading(doc, "四、修改意见");
            requests(doc, o.requests());
            if (!o.notes().isEmpty()) {
                heading(doc, "五、参考事项");
                for (Opinion.Note n : o.notes()) {
                    text(doc, n.indicator() + "：" + sentence(n.message(), n.place()));
                }
            }
        }
        signature(doc);
        if (!o.problems().isEmpty() || o.sections().stream().anyMatch(sec -> !sec.problems().isEmpty())) {
            appendix(doc, o);
        }
    }

    /** Who the opinion is sent to: the county government for its general plan, else a blank for the office. */
    static String addressee(DocumentResult d) {
        String j = d.plan().jurisdiction();
        if (d.plan().kind() == PlanKind.GENERAL && j != null && !j.isEmpty()) {
            return j + "人民政府";
        }
        return "＿＿＿＿＿＿＿＿（规划编制单位）";
    }

    /** 「1．【目标弱于上位规划（错误，PC-STRICT）】森林覆盖率（K2-19）：…（见第3页）。」 */
    private static void problems(XWPFDocument doc, List<Opinion.Problem> problems) {
        int n = 0;
        for (Opinion.Problem p : problems) {
            XWPFParagraph q = body(doc, true);
            run(q, ++n + "．【" + p.kind() + "】", BODY_FONT, BODY, false);
            run(q, p.indicator() + "：", BODY_FONT, BODY, true);
            run(q, sentence(p.message(), p.place()), BODY_FONT, BODY, false);
        }
    }

    private static void requests(XWPFDocument doc, List<Opinion.Request> requests) {
        if (requests.isEmpty()) {
            text(doc, "无。");
            return;
        }
        int n = 0;
        for (Opinion.Request r : requests) {
            XWPFParagraph p = body(doc, true);
            run(p, ++n + "．", BODY_FONT, BODY, false);
            if (!r.subject().isEmpty()) {
                run(p, r.subject() + "：", BODY_FONT, BODY, true);
            }
            run(p, sentence(r.fix(), r.place()), BODY_FONT, BODY, false);
        }
    }

    /** 落款: the office and the date, left blank to be filled and sealed; right-aligned four characters in. */
    private static void signature(XWPFDocument doc) {
        blank(doc);
        blank(doc);
        for (String line : List.of("审核单位：＿＿＿＿＿＿＿＿（盖章）", "＿＿＿＿年＿＿月＿＿日")) {
            XWPFParagraph p = body(doc, false);
            p.setAlignment(ParagraphAlignment.RIGHT);
            indent(p).setRightChars(BigInteger.valueOf(400));
            indent(p).setRight(BigInteger.valueOf(1280));
            run(p, line, BODY_FONT, BODY, false);
        }
    }

    /**
     * 附件: the tables of problems, on a page of their own, each header row repeated on every page: the problems
     * against the upper plan first, then one table per section under its heading. Between two plans of the batch the
     * columns say so: the other plan's statement (named, with page and quote) and this plan's, not 上位要求 and 下位表述.
     */
    private static void appendix(XWPFDocument doc, Opinion o) {
        XWPFParagraph a = body(doc, false);
        a.setPageBreak(true);
        run(a, "附件", HEADING_FONT, BODY, false);
        XWPFParagraph t = title(doc, "衔接问题清单");
        t.setSpacingAfter(0);
        XWPFParagraph sub = centred(doc);
        run(sub, o.title(), KAI_FONT, 14, false);
        sub.setSpacingAfter(160);
        if (!o.problems().isEmpty()) {
            table(doc, o.problems(), HEADINGS);
        }
        for (Opinion.Section sec : o.sections()) {
            if (sec.problems().isEmpty()) {
                continue;
            }
            XWPFParagraph h = body(doc, false);
            h.setSpacingBefore(160);
            run(h, sec.heading(), BODY_FONT, BODY, true);
            table(doc, sec.problems(), sec.between() ? BETWEEN_HEADINGS : HEADINGS);
        }
    }

    private static void table(XWPFDocument doc, List<Opinion.Problem> problems, String[] headings) {
        XWPFTable t = doc.createTable(problems.size() + 1, COLUMNS.length);
        t.setWidthType(TableWidthType.DXA);
        t.setWidth(Integer.toString(TEXT_WIDTH));
        CTTblLayoutType layout = t.getCTTbl().getTblPr().isSetTblLayout() ? t.getCTTbl().getTblPr().getTblLayout()
                : t.getCTTbl().getTblPr().addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = t.getCTTbl().getTblGrid();
        if (grid == null) {
            grid = t.getCTTbl().addNewTblGrid();
        }
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : COLUMNS) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        t.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        t.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        XWPFTableRow head = t.getRow(0);
        head.setRepeatHeader(true);
        head.setCantSplitRow(true);
        for (int c = 0; c < COLUMNS.length; c++) {
            cell(head.getCell(c), COLUMNS[c], List.of(headings[c]), HEADING_FONT, true);
        }
        int n = 0;
        for (Opinion.Problem p : problems) {
            XWPFTableRow row = t.getRow(++n);
            row.setCantSplitRow(true);
            cell(row.getCell(0), COLUMNS[0], List.of(Integer.toString(n)), BODY_FONT, true);
            cell(row.getCell(1), COLUMNS[1], List.of(p.indicator(), p.kind()), BODY_FONT, false);
            cell(row.getCell(2), COLUMNS[2], List.of(p.upper()), BODY_FONT, false);
            cell(row.getCell(3), COLUMNS[3], List.of(p.lower()), BODY_FONT, false);
            cell(row.getCell(4), COLUMNS[4], List.of(p.place().isEmpty() ? "—" : p.place()), BODY_FONT, false);
            cell(row.getCell(5), COLUMNS[5], List.of(p.fix().isEmpty() ? "—" : p.fix()), BODY_FONT, false);
        }
    }

    private static void cell(XWPFTableCell cell, int width, List<String> lines, String font, boolean centre) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(Integer.toString(width));
        cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph p = i == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
            p.setAlignment(centre ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
            p.setSpacingAfter(0);
            p.setSpacingBefore(0);
            // the second line of the indicator cell is the kind of problem, smaller and in 楷体
            run(p, lines.get(i), i == 0 ? font : KAI_FONT, i == 0 ? TABLE : 9, font.equals(HEADING_FONT));
        }
    }

    // ---- the batch

    private static void batch(XWPFDocument doc, String upper, Opinion.Batch b, boolean newPage) {
        XWPFParagraph t = title(doc, "批次汇总审核意见");
        t.setPageBreak(newPage);
        XWPFParagraph draft = centred(doc);
        run(draft, "（草稿）", KAI_FONT, BODY, false);
        blank(doc);
        text(doc, "本批次各县市区规划汇总后，与《" + upper + "》的分解类指标对照，发现以下问题：");
        problems(doc, b.problems());
        heading(doc, "修改意见");
        requests(doc, b.requests());
        signature(doc);
    }

    // ---- paragraphs and runs

    private static XWPFParagraph title(XWPFDocument doc, String text) {
        XWPFParagraph p = centred(doc);
        p.setSpacingBetween(36, LineSpacingRule.EXACT);
        run(p, text, TITLE_FONT, TITLE, false);
        return p;
    }

    private static XWPFParagraph centred(XWPFDocument doc) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBetween(28, LineSpacingRule.EXACT);
        return p;
    }

    private static void heading(XWPFDocument doc, String text) {
        XWPFParagraph p = body(doc, true);
        run(p, text, HEADING_FONT, BODY, false);
    }

    private static void text(XWPFDocument doc, String text) {
        run(body(doc, true), text, BODY_FONT, BODY, false);
    }

    private static void blank(XWPFDocument doc) {
        body(doc, false);
    }

    /** A body paragraph: justified, 28-point line pitch, first line indented two characters when asked. */
    private static XWPFParagraph body(XWPFDocument doc, boolean indented) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(ParagraphAlignment.BOTH);
        p.setSpacingBetween(28, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        if (indented) {
            CTInd ind = indent(p);
            ind.setFirstLineChars(BigInteger.valueOf(200));
            ind.setFirstLine(BigInteger.valueOf(640));
        }
        return p;
    }

    private static CTInd indent(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        return ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, double size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        var rPr = r.getCTR().isSetRPr() ? r.getCTR().getRPr() : r.getCTR().addNewRPr();
        CTFonts f = rPr.sizeOfRFontsArray() > 0 ? rPr.getRFontsArray(0) : rPr.addNewRFonts();
        f.setEastAsia(font);
        f.setAscii(LATIN_FONT);
        f.setHAnsi(LATIN_FONT);
        f.setCs(LATIN_FONT);
        f.setHint(org.openxmlformats.schemas.wordprocessingml.x2006.main.STHint.EAST_ASIA);
        return r;
    }

    /** A sentence with where it points to before its full stop: 「…不低于62.5%（见第3页）。」 */
    static String sentence(String s, String place) {
        String t = s == null ? "" : s.strip().replaceFirst("[。；]+$", "");
        return t + (place == null || place.isEmpty() ? "" : "（见" + place + "）") + (t.isEmpty() ? "" : "。");
    }

    // ---- the page

    /** A4, margins 37/35/28/26 mm (top, bottom, left, right). */
    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar m = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        m.setTop(BigInteger.valueOf(2098));
        m.setBottom(BigInteger.valueOf(1984));
        m.setLeft(BigInteger.valueOf(1588));
        m.setRight(BigInteger.valueOf(1474));
        m.setHeader(BigInteger.valueOf(851));
        m.setFooter(BigInteger.valueOf(992));
    }

    /** 「— 1 —」 centred in the footer, 四号 宋体. */
    private static void footer(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", "宋体", 14, false);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr(" PAGE ");
        XWPFRun number = new XWPFRun(field.addNewR(), p);
        number.setText("1");
        number.setFontSize(14.0);
        run(p, " —", "宋体", 14, false);
    }

    /**
     * The font table, so that Word and WPS find a font the office has: each font names the one to use instead
     * (w:altName) and its character set (GB2312) and family.
     */
    private static void fontTable(XWPFDocument doc) throws IOException {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        font(x, BODY_FONT, "仿宋", "02010609030101010101", "modern", "fixed");
        font(x, "仿宋", "FangSong", "02010609060101010101", "modern", "fixed");
        font(x, TITLE_FONT, HEADING_FONT, "02000000000000000000", "script", "variable");
        font(x, HEADING_FONT, "SimHei", "02010609060101010101", "modern", "fixed");
        font(x, KAI_FONT, "楷体", "02010609030101010101", "modern", "fixed");
        font(x, "楷体", "KaiTi", "02010609060101010101", "modern", "fixed");
        font(x, "宋体", "SimSun", "02010600030101010101", "auto", "variable");
        x.append("<w:font w:name=\"").append(LATIN_FONT).append("\"><w:panose1 w:val=\"02020603050405020304\"/>"
                + "<w:charset w:val=\"00\"/><w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font>");
        x.append("</w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream os = part.getOutputStream()) {
                os.write(x.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException e) {
            throw new IOException("cannot add the font table: " + e.getMessage(), e);
        }
    }

    private static void font(StringBuilder x, String name, String alt, String panose, String family, String pitch) {
        x.append("<w:font w:name=\"").append(name).append("\"><w:altName w:val=\"").append(alt)
                .append("\"/><w:panose1 w:val=\"").append(panose).append("\"/><w:charset w:val=\"86\"/>")
                .append("<w:family w:val=\"").append(family).append("\"/><w:pitch w:val=\"").append(pitch)
                .append("\"/></w:font>");
    }
}
