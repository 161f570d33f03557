package org.plancheck.model;

import java.util.List;

/**
 * A place where a lower plan names a project of the upper plan (a sentence of its text or a row of one of its
 * tables), and which units the text names it for. The rules decide whether the mention counts for the plan's own
 * jurisdiction: a mention that names no unit right before it, or names the plan's own, does; 「江永县中医医院」 in a
 * plan of 道县 does not.
 *
 * @param document  file the mention is in
 * @param projectId the project's id in projects.tsv
 * @param project   the project's name in projects.tsv
 * @param page      1-based page
 * @param text      the verbatim sentence or table row
 * @param words     the words found (the name or alias, or the project's characters with other words between)
 * @param named     the units the text names right before the words (江华、江永、道县 → all three), by their names in
 *                  jurisdictions.tsv, or the upper plan's own jurisdiction; empty when it names none
 * @param namesNone whether {@code named} is empty (a plain field the rules can test; always derived from it)
 * @param source    "text" (a sentence) or "table" (a row)
 * @param how       how the words met the project's name, for extract and --explain
 */
public record ProjectMention(String document, String projectId, String project, int page, String text, String words,
                             List<String> named, boolean namesNone, Origin source, String how) {

    public ProjectMention {
        named = List.copyOf(named);
        namesNone = named.isEmpty();
    }

    public ProjectMention(String document, String projectId, String project, int page, String text, String words,
                          List<String> named, Origin source, String how) {
        this(document, projectId, project, page, text, words, named, named.isEmpty(), source, how);
    }

    /** Whether the mention counts for {@code jurisdiction} (the same test the rule PC-PROJECT makes). */
    public boolean countsFor(String jurisdiction) {
        return namesNone || named.contains(jurisdiction);
    }

    public Evidence evidence() {
        return new Evidence(page, text);
    }
}
