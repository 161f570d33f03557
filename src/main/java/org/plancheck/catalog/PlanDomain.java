package org.plancheck.catalog;

import java.util.List;

/**
 * A special-plan domain: its code, Chinese label and the words that identify it in a plan title.
 *
 * @param code     energy, ecology, education …
 * @param label    能源, 生态环境保护, 教育 …
 * @param keywords title words (能源, 电力 …)
 */
public record PlanDomain(String code, String label, List<String> keywords) {
}
