package org.plancheck.catalog;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plancheck.model.Project;
import org.plancheck.model.UpperTarget;

/** An upper plan as data: what it is, its targets, its lower units and the special-plan domains. */
public final class Catalog {
    private final Path folder;
    private final PlanInfo plan;
    private final List<UpperTarget> targets;
    private final List<Jurisdiction> jurisdictions;
    private final List<PlanDomain> domains;
    private final List<String> planText;
    private final Parameters parameters;
    private final List<Project> projects;
    private final Map<String, UpperTarget> byId = new LinkedHashMap<>();

    public Catalog(Path folder, PlanInfo plan, List<UpperTarget> targets, List<Jurisdiction> jurisdictions,
                   List<PlanDomain> domains, List<String> planText) {
        this(folder, plan, targets, jurisdictions, domains, planText, Parameters.DEFAULT);
    }

    public Catalog(Path folder, PlanInfo plan, List<UpperTarget> targets, List<Jurisdiction> jurisdictions,
                   List<PlanDomain> domains, List<String> planText, Parameters parameters) {
        this(folder, plan, targets, jurisdictions, domains, planText, parameters, List.of());
    }

    public Catalog(Path folder, PlanInfo plan, List<UpperTarget> targets, List<Jurisdiction> jurisdictions,
                   List<PlanDomain> domains, List<String> planText, Parameters parameters, List<Project> projects) {
        this.parameters = parameters;
        this.projects = List.copyOf(projects);
        this.folder = folder;
        this.plan = plan;
        this.targets = List.copyOf(targets);
        this.jurisdictions = List.copyOf(jurisdictions);
        this.domains = List.copyOf(domains);
        this.planText = List.copyOf(planText);
        for (UpperTarget t : targets) {
            byId.put(t.id(), t);
        }
    }

    public Path folder() {
        return folder;
    }

    /** The review parameters of parameters.properties (defaults when the folder has none). */
    public Parameters parameters() {
        return parameters;
    }

    public PlanInfo plan() {
        return plan;
    }

    public List<UpperTarget> targets() {
        return targets;
    }

    /** The projects the upper plan assigns to named lower units (projects.tsv; empty when the folder has none). */
    public List<Project> projects() {
        return projects;
    }

    public List<Jurisdiction> jurisdictions() {
        return jurisdictions;
    }

    public List<PlanDomain> domains() {
        return domains;
    }

    /** The plan's text, one entry a line, as cited by the quotes; empty when the catalog ships none. */
    public List<String> planText() {
        return planText;
    }

    public Optional<UpperTarget> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<PlanDomain> domain(String code) {
        return domains.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    /** The lower unit named (or aliased) by {@code name}, exactly. */
    public Optional<Jurisdiction> jurisdiction(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return jurisdictions.stream()
                .filter(j -> j.name().equals(name) || j.aliases().contains(name))
                .findFirst();
    }
}
