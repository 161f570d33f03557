package org.plancheck.model;

import java.util.List;

/**
 * A project the upper plan assigns to named lower units (项目安排), as its catalog's {@code projects.tsv} states it:
 * 专栏25 「推动江华、江永、道县中医医院新院投入使用，加快东安县中医医院新院建设」 is one project (中医医院新院) assigned to
 * four counties.
 *
 * @param id            stable id (e.g. "P25-1": 专栏25, first project)
 * @param name          the project as the upper plan names it, without the units' names (中医医院新院)
 * @param aliases       other ways a lower plan writes it (中医院新院); each is looked for as it stands
 * @param jurisdictions the lower units it is assigned to, by their names in jurisdictions.tsv
 * @param section       where it stands (专栏25 健康永州建设工程)
 * @param quote         the sentence that assigns it, verbatim
 * @param line          line of the quote in the plan text (1-based)
 * @param note          why the row reads the sentence as it does, when not obvious
 */
public record Project(String id, String name, List<String> aliases, List<String> jurisdictions, String section,
                      String quote, int line, String note) {

    public Project {
        aliases = List.copyOf(aliases);
        jurisdictions = List.copyOf(jurisdictions);
    }

    /** The name and every alias: the words a lower plan may use. */
    public List<String> forms() {
        List<String> out = new java.util.ArrayList<>();
        out.add(name);
        out.addAll(aliases);
        return out;
    }

    /** The clause a reviewer cites: section and the verbatim sentence. */
    public String clause() {
        return section + "：「" + quote + "」";
    }
}
