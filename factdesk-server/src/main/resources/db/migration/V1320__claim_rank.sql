-- The engine's place for each claim in the checklist (1 first: the lead's claims, the headline's,
-- then by priority); 0 for claims a checker added, split or merged, listed after the ranked ones.
ALTER TABLE claims ADD COLUMN claim_rank INTEGER NOT NULL DEFAULT 0;
