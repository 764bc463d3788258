/**
 * Prior fact-checks of one claim, judged: retrieval proposes candidates, the equivalence model
 * keeps those that checked the same claim, and each kept one is placed in time against the
 * article (checked before, checked since, or unknown when a date is missing). The API the
 * {@code claim.matched} detector and the desk use.
 */
package org.factdesk.archive.matching;
