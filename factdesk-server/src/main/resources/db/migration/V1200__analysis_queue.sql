-- SPDX-License-Identifier: GPL-3.0-or-later
-- The analysis queue lives on the article row: an article whose analysis is QUEUED (or RUNNING
-- with an expired lease, i.e. its worker died) is a job. The row is written in the same
-- transaction as the text, so an acknowledged article always has its analysis queued.
ALTER TABLE articles ADD COLUMN analysis_owner VARCHAR(100);
ALTER TABLE articles ADD COLUMN analysis_lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE articles ADD COLUMN analysis_attempts INTEGER DEFAULT 0 NOT NULL;
CREATE INDEX articles_analysis_queue ON articles(analysis_status, analysis_lease_until);
