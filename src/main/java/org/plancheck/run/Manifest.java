package org.plancheck.run;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.InputException;
import org.plancheck.catalog.Tsv;
import org.plancheck.model.PlanKind;
import org.plancheck.model.StatedIdentity;

/**
 * What a reviewer states of the documents' identities: the same for every file (--jurisdiction, --kind, --domain),
 * or per file from a batch manifest (TSV: file, jurisdiction, kind, domain; a file is named by its path as given
 * or by its file name; empty cells leave that part to the tool). Checked against the upper plan: a jurisdiction
 * it does not list or a domain it does not know is a configuration error naming file and line.
 */
public final class Manifest {
    private final StatedIdentity all;
    private final Map<String, StatedIdentity> byFile;

    private Manifest(StatedIdentity all, Map<String, StatedIdentity> byFile) {
        this.all = all;
        this.byFile = byFile;
    }

    public static Manifest none() {
        return new Manifest(StatedIdentity.NONE, Map.of());
    }

    /** The options for every file, then the manifest's line for each (the manifest wins where both state a part). */
    public static Manifest of(String jurisdiction, String kind, String domain, Path manifest, Catalog catalog) {
        StatedIdentity all = StatedIdentity.NONE;
        if (jurisdiction != null || kind != null || domain != null) {
            String where = "命令行选项";
            all = new StatedIdentity(checkJurisdiction(jurisdiction, catalog, null, 0),
                    kind == null ? null : parseKind(kind, null, 0), checkDomain(domain, catalog, null, 0), where);
        }
        Map<String, StatedIdentity> byFile = new LinkedHashMap<>();
        if (manifest != null) {
            for (Tsv.Row r : Tsv.read(manifest, "file", "jurisdiction", "kind", "domain")) {
                String file = r.required("file");
                String j = r.get("jurisdiction");
                String k = r.get("kind");
                String d = r.get("domain");
                StatedIdentity s = new StatedIdentity(
                        j.isEmpty() ? all.jurisdiction() : checkJurisdiction(j, catalog, manifest, r.line()),
                        k.isEmpty() ? all.kind() : parseKind(k, manifest, r.line()),
                        d.isEmpty() ? all.domain() : checkDomain(d, catalog, manifest, r.line()),
                        manifest.getFileName() + ":" + r.line());
                byFile.put(file, s);
            }
        }
        return new Manifest(all, byFile);
    }

    public StatedIdentity of(Path file) {
        StatedIdentity s = byFile.get(file.toString());
        if (s == null && file.getFileName() != null) {
            s = byFile.get(file.getFileName().toString());
        }
        return s != null ? s : all;
    }

    private static String checkJurisdiction(String j, Catalog c, Path file, int line) {
        if (j == null || j.isBlank()) {
            return null;
        }
        String name = j.strip();
        if (name.equals(c.plan().jurisdiction()) || c.jurisdiction(name).isPresent()) {
            return c.jurisdiction(name).map(x -> x.name()).orElse(name);
        }
        throw error(file, line, "jurisdiction '" + name + "' is not " + c.plan().jurisdiction()
                + " nor one of its units in jurisdictions.tsv");
    }

    private static PlanKind parseKind(String k, Path file, int line) {
        try {
            PlanKind kind = PlanKind.parse(k.strip());
            if (kind == PlanKind.UNKNOWN) {
                throw new IllegalArgumentException("kind must be general, special, annual or other");
            }
            return kind;
        } catch (IllegalArgumentException e) {
            throw error(file, line, e.getMessage());
        }
    }

    private static String checkDomain(String d, Catalog c, Path file, int line) {
        if (d == null || d.isBlank()) {
            return null;
        }
        String code = d.strip();
        if (c.domain(code).isPresent()) {
            return code;
        }
        return c.domains().stream().filter(x -> x.label().equals(code)).map(x -> x.code()).findFirst()
                .orElseThrow(() -> error(file, line, "domain '" + code + "' is not in domains.tsv"));
    }

    private static RuntimeException error(Path file, int line, String message) {
        if (file == null) {
            return new UsageException(message);
        }
        return new InputException(file, line, message);
    }
}
