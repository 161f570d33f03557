package org.plancheck.store;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file under the data folder, migrated by Flyway on open. */
class H2HistoryTest {
    @TempDir
    Path data;

    @Test
    void keepsJobsFindingsAndChangesAcrossReopening() {
        HistoryContract.holds(() -> History.open(null, data), "h2-");
    }
}
