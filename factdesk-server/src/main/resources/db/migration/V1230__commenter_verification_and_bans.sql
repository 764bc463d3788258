-- SPDX-License-Identifier: GPL-3.0-or-later
-- Commenter e-mail verification (issue 12 item 5): a link sent by mail binds a reader's signed
-- cookie identity to the address it proves; and the comment a ban came from, for the bans list.
-- Tokens are stored as SHA-256 keys only, like addresses and reader ids.

CREATE TABLE commenter_verifications (
  token_key   VARCHAR(64)  PRIMARY KEY,
  reader_key  VARCHAR(64)  NOT NULL,
  email       VARCHAR(320) NOT NULL,
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX commenter_verifications_reader ON commenter_verifications(reader_key, email);

CREATE TABLE verified_commenters (
  reader_key  VARCHAR(64)  PRIMARY KEY,
  email       VARCHAR(320) NOT NULL,
  verified_at TIMESTAMP WITH TIME ZONE NOT NULL
);

ALTER TABLE comment_bans ADD COLUMN comment_id BIGINT REFERENCES comments(id);
