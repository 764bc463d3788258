/**
 * The role-anachronism evaluation on real dated news: run the engine on each story at its true
 * date (a {@code time.role} finding there is a false alarm) and at a later date (a story whose
 * current-tense titles the knowledge base links should then be flagged).
 */
package org.factdesk.eval.timecheck;
