-- Politeness shared by the replicas: the next moment a request to each host may start. One row per host ever
-- fetched with a spacing; a row is a few bytes and hosts are few, so nothing prunes them.
CREATE TABLE host_turns (
    host       text        PRIMARY KEY,
    next_start timestamptz NOT NULL
);
