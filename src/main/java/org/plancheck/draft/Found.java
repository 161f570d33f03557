package org.plancheck.draft;

import java.util.List;

/**
 * A target as the drafter found it, before the defaults a reviewer confirms (direction, kind, transmission, scope).
 *
 * @param name      the indicator's name
 * @param aliases   other names (the name as written with its brackets, the words of an enumeration item)
 * @param category  the table's 类别, or ""
 * @param unit      canonical unit, or null
 * @param base      base as written, or ""
 * @param target    target as written
 * @param attribute 约束性 or 预期性 as stated, null when the plan does not say
 * @param table     stated in an indicator table (else in the text)
 * @param section   where it stands (专栏2 第1项, the heading above a sentence)
 * @param quote     verbatim text of the plan (the name cell for a table row)
 * @param line      1-based line of the quote in plan.txt
 * @param counted   the sentence counts things done over the period (新增, 累计, 建成 …)
 * @param growthRow a table row whose name is a growth rate
 */
record Found(String name, List<String> aliases, String category, String unit, String base, String target,
             String attribute, boolean table, String section, String quote, int line, boolean counted,
             boolean growthRow) {
}
