-- Sources, the articles read from them (once per source and identity) and the alert outbox.
CREATE TABLE sources (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name          text        NOT NULL UNIQUE,
    url           text        NOT NULL,
    poll_interval interval    NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE articles (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    source_id     bigint      NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    identity      text        NOT NULL,
    title         text        NOT NULL,
    link          text,
    summary       text        NOT NULL,
    published_at  timestamptz NOT NULL,
    first_seen_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT articles_source_identity_key UNIQUE (source_id, identity)
);

CREATE INDEX articles_published_at_idx ON articles (published_at);

CREATE TABLE alerts (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    article_id   bigint      NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    rule_name    text        NOT NULL,
    evidence     text[]      NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    delivered_at timestamptz,
    CONSTRAINT alerts_article_rule_key UNIQUE (article_id, rule_name)
);

-- The outbox is read oldest-first among the undelivered.
CREATE INDEX alerts_pending_idx ON alerts (id) WHERE delivered_at IS NULL;
