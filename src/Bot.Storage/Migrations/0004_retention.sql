-- Retention: article text is emptied after some days (text_pruned_at says when), identities are deleted later.
ALTER TABLE articles ADD COLUMN text_pruned_at timestamptz;

CREATE INDEX articles_first_seen_at_idx ON articles (first_seen_at);
