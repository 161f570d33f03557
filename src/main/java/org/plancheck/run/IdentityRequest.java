package org.plancheck.run;

import java.nio.file.Path;
import org.plancheck.catalog.Catalog;

/**
 * What the reviewer states of the documents' identity, as given on the command line: --jurisdiction, --kind and
 * --domain for every file, a manifest for each. Checked against the upper plan when the run loads it.
 */
public record IdentityRequest(String jurisdiction, String kind, String domain, Path manifest) {
    public static final IdentityRequest NONE = new IdentityRequest(null, null, null, null);

    public Manifest load(Catalog catalog) {
        return Manifest.of(jurisdiction, kind, domain, manifest, catalog);
    }
}
