package org.plancheck.cli;

import java.nio.file.Path;
import org.plancheck.catalog.Catalog;
import org.plancheck.catalog.CatalogLoader;
import org.plancheck.run.Home;
import picocli.CommandLine.Option;

/** The shared {@code --upper DIR} option: which upper plan to check against (default: the embedded one). */
public class UpperOption {
    @Option(names = "--upper", paramLabel = "DIR",
            description = "上位规划目录（默认内置：永州市“十五五”规划纲要）/ upper plan folder (default: rules/yongzhou-15th)")
    Path upper;

    public Catalog load() {
        return CatalogLoader.load(upper != null ? upper : Home.defaultUpper());
    }

    /** The folder given, or the default. */
    public Path folder() {
        return upper != null ? upper : Home.defaultUpper();
    }
}
