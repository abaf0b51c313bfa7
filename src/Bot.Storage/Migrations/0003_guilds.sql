-- Guilds own what people manage: watch rules, subscriptions to sources, concept terms and the alerts these cause,
-- and every change is audited. Guild 0 is the operator's own scope: the configuration, the console and the command
-- line without --guild. Discord snowflakes fit a bigint.

-- A source added by command belongs to the guilds subscribed to it; configured, starter and imported sources are
-- the operator's and every guild's rules see them.
ALTER TABLE sources DROP CONSTRAINT sources_origin_check;
ALTER TABLE sources ADD CONSTRAINT sources_origin_check CHECK (origin IN ('configuration', 'starter', 'import', 'command'));

CREATE TABLE source_subscriptions (
    guild_id   bigint      NOT NULL,
    source_id  bigint      NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    name       text        NOT NULL,
    paused_at  timestamptz,
    created_by bigint,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (guild_id, source_id)
);

CREATE UNIQUE INDEX source_subscriptions_guild_name_key ON source_subscriptions (guild_id, lower(name));
CREATE INDEX source_subscriptions_source_idx ON source_subscriptions (source_id);

CREATE TABLE watch_rules (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    guild_id        bigint      NOT NULL,
    name            text        NOT NULL,
    query           text        NOT NULL,
    channel_id      bigint,
    mention_role_id bigint,
    origin          text        NOT NULL CONSTRAINT watch_rules_origin_check CHECK (origin IN ('configuration', 'command')),
    paused_at       timestamptz,
    paused_reason   text,
    created_by      bigint,
    created_at      timestamptz NOT NULL DEFAULT now(),
    updated_at      timestamptz NOT NULL DEFAULT now()
);

-- Names are unique in a guild regardless of case: "Russia denial" and "russia denial" are one rule.
CREATE UNIQUE INDEX watch_rules_guild_name_key ON watch_rules (guild_id, lower(name));

CREATE TABLE concept_terms (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    guild_id   bigint      NOT NULL,
    concept    text        NOT NULL,
    language   text        NOT NULL,
    term       text        NOT NULL,
    created_by bigint,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT concept_terms_key UNIQUE (guild_id, concept, language, term)
);

-- Who changed what, when, with the row before and after (JSON), per guild.
CREATE TABLE audit_log (
    id         bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    guild_id   bigint      NOT NULL,
    actor_id   bigint,
    actor_name text        NOT NULL,
    action     text        NOT NULL,
    subject    text        NOT NULL,
    before     jsonb,
    after      jsonb,
    at         timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX audit_log_guild_at_idx ON audit_log (guild_id, at DESC);

-- An alert is now one per article, guild and target channel (0: the console), naming every rule that matched, and
-- it remembers its delivery: attempts, the next try, a permanent failure, the Discord message.
ALTER TABLE alerts
    ADD COLUMN guild_id         bigint      NOT NULL DEFAULT 0,
    ADD COLUMN channel_id       bigint      NOT NULL DEFAULT 0,
    ADD COLUMN rule_names       text[],
    ADD COLUMN concepts         text[]      NOT NULL DEFAULT '{}',
    ADD COLUMN language         text        NOT NULL DEFAULT 'und',
    ADD COLUMN mention_role_ids bigint[]    NOT NULL DEFAULT '{}',
    ADD COLUMN attempts         integer     NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at  timestamptz,
    ADD COLUMN last_error       text,
    ADD COLUMN failed_at        timestamptz,
    ADD COLUMN message_id       bigint;

-- Earlier alerts of one article (one per rule, all to the console) become one.
UPDATE alerts a SET rule_names = merged.names
FROM (SELECT min(id) AS id, array_agg(rule_name ORDER BY id) AS names FROM alerts GROUP BY article_id) merged
WHERE a.id = merged.id;
DELETE FROM alerts WHERE rule_names IS NULL;

ALTER TABLE alerts
    ALTER COLUMN rule_names SET NOT NULL,
    DROP CONSTRAINT alerts_article_rule_key,
    DROP COLUMN rule_name,
    ADD CONSTRAINT alerts_article_target_key UNIQUE (article_id, guild_id, channel_id);

-- The outbox is read per channel, oldest first, among the undelivered.
DROP INDEX alerts_pending_idx;
CREATE INDEX alerts_pending_idx ON alerts (guild_id, channel_id, id) WHERE delivered_at IS NULL AND failed_at IS NULL;
