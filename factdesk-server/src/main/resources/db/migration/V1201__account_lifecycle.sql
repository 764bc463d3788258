-- SPDX-License-Identifier: GPL-3.0-or-later
-- Deactivated accounts, API token expiry, and one-time password reset links (stored hashed).
ALTER TABLE users ADD COLUMN deactivated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE api_tokens ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;

CREATE TABLE password_resets (
  token_hash  VARCHAR(64) PRIMARY KEY,
  user_id     BIGINT NOT NULL REFERENCES users(id),
  created_by  BIGINT NOT NULL REFERENCES users(id),
  created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  used_at     TIMESTAMP WITH TIME ZONE
);
