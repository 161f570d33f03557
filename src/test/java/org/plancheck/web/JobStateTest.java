package org.plancheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plancheck.store.History;

/**
 * What the API says of a job at the moment it ends: the server marks its live job done right after writing the
 * record; a poll that read the record before that write must not answer 「done」 without an exit code (a pipeline
 * reading a missing exit code as 0 would pass a document nobody finished checking). Seen once in CI as ApiTest's
 * "same exit code: expected 3 but was 0".
 */
class JobStateTest {

    @Test
    void aJobIsDoneOnlyWhenItsRecordIs(@TempDir Path data) {
        History history = History.open(null, data);
        try {
            history.created("j1", 1L, "u", "test", "upper", List.of(History.StoredFile.uploaded(0, "a.pdf", "00", 1)));
            Job live = new Job("j1", 1L, List.of(), data);
            live.state = Job.State.DONE;   // the live job has ended, its record not yet written
            Map<String, Object> m = Pages.jobJson("j1", live, history);
            assertEquals("running", m.get("state"), "not done before the record is");
            assertNull(m.get("exitCode"));
            assertNull(m.get("report"));

            history.failed("j1", 2L, "超时");
            live.state = Job.State.FAILED;
            assertEquals("failed", Pages.jobJson("j1", live, history).get("state"), "the record says it ended");
            assertEquals("failed", Pages.jobJson("j1", null, history).get("state"), "after a restart: the record");
        } finally {
            history.close();
        }
    }
}
