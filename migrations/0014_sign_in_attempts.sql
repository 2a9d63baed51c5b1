-- Member sign-in attempts per address, per clock minute, counted in the one database every
-- location writes to. The Rate Limiting binding counts per Cloudflare location, so its ten a
-- minute per address was ten per location: a guesser spreading requests over many locations
-- got as many tens. account: SHA-256 (hex) of the trimmed, lower-cased address, never the
-- address; minute: Unix minutes. Rows of past minutes are deleted as new attempts come in.
CREATE TABLE sign_in_attempts (
  account TEXT NOT NULL,
  minute INTEGER NOT NULL,
  attempts INTEGER NOT NULL,
  PRIMARY KEY (account, minute)
);
CREATE INDEX sign_in_attempts_by_minute ON sign_in_attempts (minute);
