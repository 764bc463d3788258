-- SPDX-License-Identifier: GPL-3.0-or-later
-- The key that signs reader cookies (commenter identity), made once per desk and kept, so that
-- identities outlive restarts and every desk process on one database accepts the same cookies.
CREATE TABLE signing_keys (
  name       VARCHAR(40) PRIMARY KEY,
  secret     VARCHAR(100) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
