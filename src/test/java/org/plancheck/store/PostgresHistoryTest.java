package org.plancheck.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real PostgreSQL server: the URL comes from PLANCHECK_TEST_PG_URL (.ci/run starts Debian's postgresql, creates
 * a database and a user, and always sets it). Without the variable the test is skipped, and says so.
 */
class PostgresHistoryTest {
    static final String URL = System.getenv("PLANCHECK_TEST_PG_URL");

    @TempDir
    Path data;

    @Test
    void keepsJobsFindingsAndChangesAcrossReopening() {
        if ((URL == null || URL.isBlank()) && System.getenv("CI") != null) {
            org.junit.jupiter.api.Assertions.fail("CI needs PostgreSQL: .ci/run installs and starts it and sets "
                    + "PLANCHECK_TEST_PG_URL (run as root on Debian)");
        }
        assumeTrue(URL != null && !URL.isBlank(), "PLANCHECK_TEST_PG_URL is not set: the PostgreSQL history test is "
                + "skipped (.ci/run starts a server and sets it; locally: see README, 'History database')");
        HistoryContract.holds(() -> History.open(URL, data), "pg-" + System.nanoTime() + "-");
    }
}
