-- plancheck serve: the audit trail of checks. Written for both H2 (embedded default) and PostgreSQL:
-- plain types only, times as epoch milliseconds, long texts as TEXT (H2 reads it as a CLOB alias).

CREATE TABLE check_job (
    id            VARCHAR(40)   NOT NULL PRIMARY KEY,
    created_at    BIGINT        NOT NULL,
    finished_at   BIGINT,
    state         VARCHAR(16)   NOT NULL,
    uploader      VARCHAR(200),
    client        VARCHAR(100),
    upper_plan    VARCHAR(300),
    exit_code     INTEGER,
    error         VARCHAR(2000),
    report_json   TEXT
);
CREATE INDEX check_job_created ON check_job (created_at);

-- one row per uploaded file; the verdict columns are filled when the job is done
CREATE TABLE check_file (
    job_id        VARCHAR(40)   NOT NULL REFERENCES check_job (id),
    seq           INTEGER       NOT NULL,
    file_name     VARCHAR(500)  NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    title         VARCHAR(1000),
    jurisdiction  VARCHAR(200),
    plan_kind     VARCHAR(40),
    plan_domain   VARCHAR(100),
    status        VARCHAR(20),
    reason        VARCHAR(2000),
    errors        INTEGER,
    warnings      INTEGER,
    infos         INTEGER,
    PRIMARY KEY (job_id, seq)
);
CREATE INDEX check_file_name ON check_file (file_name);
CREATE INDEX check_file_identity ON check_file (jurisdiction, plan_kind);
CREATE INDEX check_file_hash ON check_file (sha256);

-- findings of a document (file_seq = its seq) or of the batch (file_seq = 0)
CREATE TABLE check_finding (
    job_id          VARCHAR(40)   NOT NULL REFERENCES check_job (id),
    file_seq        INTEGER       NOT NULL,
    n               INTEGER       NOT NULL,
    rule_id         VARCHAR(40)   NOT NULL,
    severity        VARCHAR(10)   NOT NULL,
    indicator_id    VARCHAR(60),
    indicator_name  VARCHAR(300),
    message         VARCHAR(4000),
    page            INTEGER,
    evidence        VARCHAR(4000),
    fingerprint     VARCHAR(400)  NOT NULL,
    PRIMARY KEY (job_id, file_seq, n)
);
