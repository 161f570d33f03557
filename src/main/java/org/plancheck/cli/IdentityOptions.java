package org.plancheck.cli;

import java.nio.file.Path;
import org.plancheck.run.IdentityRequest;
import picocli.CommandLine.Option;

/** What the reviewer states of the documents' identity, shared by check and extract. */
public class IdentityOptions {
    @Option(names = "--jurisdiction", paramLabel = "NAME",
            description = "指定文件所属辖区（对所有文件生效）/ the jurisdiction of every file")
    String jurisdiction;

    @Option(names = "--kind", paramLabel = "KIND",
            description = "指定文件类型：general | special | annual | other / the kind of every file")
    String kind;

    @Option(names = "--domain", paramLabel = "CODE", description = "指定专项规划领域（domains.tsv 的代码，如 energy）")
    String domain;

    @Option(names = "--manifest", paramLabel = "FILE",
            description = "批量清单 TSV（file, jurisdiction, kind, domain）/ per-file identity for a batch")
    Path manifest;

    public IdentityRequest request() {
        return new IdentityRequest(jurisdiction, kind, domain, manifest);
    }
}
