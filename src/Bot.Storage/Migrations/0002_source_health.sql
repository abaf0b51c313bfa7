-- Sources get an origin, a switch, conditional-GET validators, health and a schedule of their own; polls are
-- claimed from this table (next_due_at, lease_until) instead of one Quartz trigger per source.
ALTER TABLE sources
    ADD COLUMN origin           text        NOT NULL DEFAULT 'configuration'
        CONSTRAINT sources_origin_check CHECK (origin IN ('configuration', 'starter', 'import')),
    ADD COLUMN enabled          boolean     NOT NULL DEFAULT true,
    ADD COLUMN etag             text,
    ADD COLUMN last_modified    text,
    ADD COLUMN last_attempt_at  timestamptz,
    ADD COLUMN last_success_at  timestamptz,
    ADD COLUMN last_http_status integer,
    ADD COLUMN last_result      text,
    ADD COLUMN last_problem     text,
    ADD COLUMN items_seen       integer,
    ADD COLUMN error_streak     integer     NOT NULL DEFAULT 0,
    ADD COLUMN failing_since    timestamptz,
    ADD COLUMN next_due_at      timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN lease_until      timestamptz,
    ADD COLUMN paused_at        timestamptz,
    ADD COLUMN paused_reason    text;

-- Due sources are found earliest first among the enabled and unpaused.
CREATE INDEX sources_due_idx ON sources (next_due_at) WHERE enabled AND paused_at IS NULL;

-- Notices about sources (paused …) for the people who use them, delivered like alerts.
CREATE TABLE source_notices (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id     bigint      NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    kind          text        NOT NULL,
    message       text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    claimed_until timestamptz,
    delivered_at  timestamptz
);

CREATE INDEX source_notices_pending_idx ON source_notices (id) WHERE delivered_at IS NULL;
