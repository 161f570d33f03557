package org.plancheck.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.plancheck.model.Attribute;
import org.plancheck.model.Direction;
import org.plancheck.model.Origin;
import org.plancheck.model.Qualifier;
import org.plancheck.model.Transmission;
import org.plancheck.model.UpperTarget;
import org.plancheck.model.ValueKind;
import org.plancheck.quantity.TextNormalizer;
import org.plancheck.quantity.Units;

/** The shipped catalog of the Yongzhou 15th plan, checked against its own plan text. */
class CatalogTest {

    private static Catalog catalog;
    private static List<UpperTarget> table;
    private static List<UpperTarget> text;

    @BeforeAll
    static void load() {
        catalog = CatalogLoader.load(Path.of("rules", "yongzhou-15th"));
        table = catalog.targets().stream().filter(t -> t.origin() == Origin.TABLE).toList();
        text = catalog.targets().stream().filter(t -> t.origin() == Origin.TEXT).toList();
    }

    @Test
    void table2HasAll23RowsInOrder() {
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= 22; i++) {
            if (i == 11) {
                expected.add("K2-11a");
                expected.add("K2-11b");
            } else {
                expected.add(String.format("K2-%02d", i));
            }
        }
        assertEquals(expected, table.stream().map(UpperTarget::id).toList());
        for (UpperTarget t : table) {
            int item = Integer.parseInt(t.id().substring(3, 5));
            assertEquals("专栏2 第" + item + "项", t.section(), t.id());
            assertFalse(t.category().isBlank(), t.id());
        }
    }

    @Test
    void bindingRowsAreItems10And15To22() {
        Set<String> binding = table.stream().filter(UpperTarget::isBinding).map(UpperTarget::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        assertEquals(List.of("K2-10", "K2-15", "K2-16", "K2-17", "K2-18", "K2-19", "K2-20", "K2-21", "K2-22"),
                List.copyOf(binding));
        assertTrue(text.stream().noneMatch(UpperTarget::isBinding), "text targets are expected unless stated");
    }

    @Test
    void categoriesFollowTheTable() {
        assertEquals("经济发展", byId("K2-01").category());
        assertEquals("创新驱动", byId("K2-05").category());
        assertEquals("民生福祉", byId("K2-11b").category());
        assertEquals("绿色低碳", byId("K2-19").category());
        assertEquals("安全保障", byId("K2-22").category());
    }

    @Test
    void tableCellsAfterTheNameAreBaseTargetAndAttribute() {
        List<String> lines = catalog.planText();
        for (UpperTarget t : table) {
            assertTrue(t.line() >= 425 && t.line() <= 600, t.id() + " quote must stand inside 专栏2");
            assertEquals(t.quote(), lines.get(t.line() - 1).strip(), t.id() + ": the quote is the whole name cell");
            List<String> cells = new ArrayList<>();
            for (int i = t.line(); i < lines.size() && cells.size() < 3; i++) {
                String c = lines.get(i).replace("\t", "").strip();
                if (!c.isEmpty()) {
                    cells.add(c);
                }
            }
            assertEquals(List.of(t.baseText(), t.target().text(), t.attribute().label()), cells, t.id());
        }
    }

    @Test
    void tableTargetsParseAsWritten() {
        UpperTarget gdp = byId("K2-01");
        assertEquals(5.0, gdp.target().min());
        assertEquals(5.5, gdp.target().max());
        assertEquals(Qualifier.RANGE, gdp.target().qualifier());
        assertEquals(ValueKind.ANNUAL_GROWTH, gdp.target().kind());
        assertEquals(5.6, gdp.base());

        assertEquals(ValueKind.RELATIVE, byId("K2-02").target().kind());
        assertEquals("GDP增长", byId("K2-02").target().relation());
        assertEquals("same", byId("K2-09").target().relationOp());

        UpperTarget rd = byId("K2-05");
        assertEquals(ValueKind.ANNUAL_GROWTH, rd.target().kind());
        assertEquals(10.0, rd.target().min());

        UpperTarget jobs = byId("K2-08");
        assertEquals(Direction.LOWER, jobs.direction());
        assertEquals(Qualifier.AT_MOST, jobs.target().qualifier());
        assertEquals(5.5, jobs.target().max());
        assertEquals(5.5, jobs.base());

        UpperTarget doctors = byId("K2-11a");
        assertEquals(Qualifier.ABOUT, doctors.target().qualifier());
        assertEquals(3.5, doctors.target().min());

        UpperTarget nursery = byId("K2-13");
        assertEquals(ValueKind.CUMULATIVE, nursery.target().kind());
        assertEquals(6.0, nursery.target().min());
        assertEquals("百分点", nursery.unit());
        assertNull(nursery.base());

        for (String id : List.of("K2-15", "K2-17")) {
            UpperTarget t = byId(id);
            assertTrue(t.isDeferred(), id);
            assertEquals(Transmission.DEFERRED, t.transmission(), id);
            assertFalse(t.target().hasNumber(), id);
        }
        assertEquals(25.9, byId("K2-15").base());
        assertEquals(Direction.HIGHER, byId("K2-15").direction(), "a reduction is better larger");

        UpperTarget pm = byId("K2-17");
        assertTrue(pm.cityOnly());
        assertEquals(Direction.LOWER, pm.direction());
        assertEquals("微克/立方米", pm.unit());

        assertEquals(35.0, byId("K2-16").target().min());
        assertEquals(Transmission.UNIFORM, byId("K2-16").transmission());
        assertEquals(Transmission.UNIFORM, byId("K2-18").transmission());
        assertEquals(Transmission.QUOTA, byId("K2-19").transmission());
        assertEquals(Transmission.QUOTA, byId("K2-20").transmission());
        assertEquals("万吨", byId("K2-20").unit());
        assertEquals("万吨标准煤", byId("K2-21").unit());
        assertEquals(Transmission.INFORMATIONAL, byId("K2-03").transmission());
        assertEquals(Transmission.RELATIVE, byId("K2-09").transmission());
        UpperTarget safety = byId("K2-22");
        assertEquals(Direction.LOWER, safety.direction());
        assertEquals(0.0217, safety.target().min());
        assertEquals("人/亿元", safety.unit());
        assertEquals(Transmission.UNIFORM, safety.transmission());
    }

    @Test
    void aliasesCoverCommonLowerPlanWordings() {
        assertTrue(byId("K2-18").aliases().contains("地表水达到或好于Ⅲ类水体比例"));
        assertTrue(byId("K2-18").aliases().contains("地表水水质优良比例"));
        assertTrue(byId("K2-16").aliases().contains("非化石能源消费比重"));
        assertTrue(byId("K2-01").aliases().containsAll(List.of("地区生产总值年均增长", "GDP增长", "地区生产总值增速")));
        assertTrue(byId("K2-20").aliases().contains("粮食产量"));
        UpperTarget wind = text.stream().filter(t -> t.name().equals("风电、光伏装机")).findFirst().orElseThrow();
        assertTrue(wind.aliases().containsAll(List.of("风光装机容量", "风电光伏装机容量")));
        assertEquals(Transmission.QUOTA, wind.transmission());
        assertEquals(1200.0, wind.target().min());
        assertEquals("万千瓦", wind.unit());
        assertEquals("专栏13 能源基础设施重点工程", wind.section());
    }

    @Test
    void atLeastFiftyTextTargetsNumberedInOrderOfAppearance() {
        assertTrue(text.size() >= 50, "text targets: " + text.size());
        int previous = 0;
        for (int i = 0; i < text.size(); i++) {
            UpperTarget t = text.get(i);
            assertEquals(String.format("T-%03d", i + 1), t.id());
            assertTrue(t.line() >= previous, t.id() + " stands before the previous target");
            previous = t.line();
            assertEquals(Attribute.EXPECTED, t.attribute(), t.id());
            assertTrue(t.section().matches("第.+篇 第.+章 .+") || t.section().matches("专栏\\d+ .+"),
                    t.id() + " section: " + t.section());
        }
    }

    @Test
    void everyQuoteIsVerbatimOnItsLine() {
        List<String> lines = catalog.planText();
        Set<String> quotes = new LinkedHashSet<>();
        for (UpperTarget t : catalog.targets()) {
            assertTrue(t.line() >= 1 && t.line() <= lines.size(), t.id());
            assertTrue(lines.get(t.line() - 1).contains(t.quote()), t.id() + " quote not on line " + t.line());
            quotes.add(t.line() + ":" + t.quote());
        }
        assertTrue(quotes.size() >= 70, "distinct quotes: " + quotes.size());
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?");

    @Test
    void everyParsedNumberOfATextTargetIsWrittenInItsQuote() {
        for (UpperTarget t : text) {
            Set<Double> written = new LinkedHashSet<>();
            Matcher m = NUMBER.matcher(TextNormalizer.normalize(t.quote()));
            while (m.find()) {
                written.add(Double.parseDouble(m.group()));
            }
            for (Double v : new Double[] {t.target().min(), t.target().max()}) {
                if (v != null) {
                    assertTrue(written.contains(Math.abs(v)), t.id() + ": " + v + " not in " + t.quote());
                }
            }
            assertTrue(t.quote().contains(t.target().text()) || t.target().kind() == ValueKind.RELATIVE
                    || t.quote().contains(t.target().text().replace("约", "")), t.id() + " target text not in quote");
            if (t.target().kind() != ValueKind.RELATIVE && t.target().kind() != ValueKind.DEFERRED) {
                assertTrue(t.target().hasNumber(), t.id());
            }
        }
    }

    @Test
    void unitsAreKnownAndAgreeWithTheParsedTarget() {
        for (UpperTarget t : catalog.targets()) {
            assertTrue(Units.lookup(t.unit()).isPresent(), t.id() + " unit " + t.unit());
            String parsed = org.plancheck.quantity.TargetGrammar.parse(t.target().text()).unit();
            if (parsed != null) {
                assertEquals(Units.canonical(parsed), t.unit(), t.id());
            }
        }
        UpperTarget grain = text.stream().filter(x -> x.unit().equals("亿斤")).findFirst().orElseThrow();
        assertEquals(60.5, grain.target().min());
        assertEquals(302.5, Units.convert(grain.target().min(), grain.unit(), byId("K2-20").unit()).orElseThrow(),
                1e-9);
    }

    @Test
    void judgementsCarryTheirReason() {
        for (UpperTarget t : catalog.targets()) {
            boolean needsNote = t.transmission() == Transmission.QUOTA || t.transmission() == Transmission.DEFERRED
                    || t.transmission() == Transmission.RELATIVE || t.cityOnly();
            if (needsNote) {
                assertFalse(t.note() == null || t.note().isBlank(), t.id() + " needs a note");
            }
            assertFalse(t.domains().isEmpty(), t.id() + " has no domain");
            if (t.target().kind() == ValueKind.RELATIVE) {
                assertEquals(Transmission.RELATIVE, t.transmission(), t.id());
            }
            if (t.target().kind() == ValueKind.DEFERRED) {
                assertEquals(Transmission.DEFERRED, t.transmission(), t.id());
            }
        }
    }

    @Test
    void lowerIsBetterOnlyForTheAtMostIndicators() {
        Set<String> lower = catalog.targets().stream().filter(t -> t.direction() == Direction.LOWER)
                .map(UpperTarget::name).collect(Collectors.toSet());
        assertTrue(lower.containsAll(Set.of("城镇调查失业率", "地级及以上城市细颗粒物（PM2.5）浓度",
                "亿元GDP生产安全事故死亡率", "社会物流总费用占GDP比重")), lower.toString());
        for (UpperTarget t : catalog.targets()) {
            if (t.name().contains("降低") || t.name().contains("下降")) {
                assertEquals(Direction.HIGHER, t.direction(), t.id() + ": a cut is better larger");
            }
        }
    }

    private static UpperTarget byId(String id) {
        return catalog.byId(id).orElseThrow(() -> new AssertionError("no " + id));
    }
}
