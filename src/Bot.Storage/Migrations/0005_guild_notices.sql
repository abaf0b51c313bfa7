-- A source may declare its language (it then replaces detection for its articles) and ask for full text (an item
-- that carries only a summary gets its article page read). The languages are those the lexicon knows.
ALTER TABLE sources
    ADD COLUMN language  text
        CONSTRAINT sources_language_check CHECK (language IN ('ar', 'fr', 'en', 'ru', 'zh', 'es', 'de')),
    ADD COLUMN full_text boolean NOT NULL DEFAULT false;

-- Notices for a guild's moderators, posted in one of its alert channels: a source it uses was paused after failing
-- too long, or Discord refused a channel and the rules sending there were paused. Each row is written in the
-- transaction that pauses, so a pause has exactly its notices; delivery posts with the nonce notice-<id> and
-- enforce_nonce, like alerts. A row without a channel records that no channel of the guild could take it.
CREATE TABLE guild_notices (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    guild_id        bigint      NOT NULL,
    channel_id      bigint,
    kind            text        NOT NULL CONSTRAINT guild_notices_kind_check CHECK (kind IN ('source-paused', 'rules-paused')),
    subject         text        NOT NULL,
    message         text        NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    attempts        integer     NOT NULL DEFAULT 0,
    next_attempt_at timestamptz,
    last_error      text,
    delivered_at    timestamptz,
    failed_at       timestamptz,
    message_id      bigint
);

CREATE INDEX guild_notices_pending_idx ON guild_notices (id) WHERE delivered_at IS NULL AND failed_at IS NULL;
CREATE INDEX guild_notices_guild_idx ON guild_notices (guild_id, created_at DESC);
