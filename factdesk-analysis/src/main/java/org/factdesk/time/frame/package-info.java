/**
 * Sets of days, time-anchored assertions and the as-of solver over them: the time frame the
 * engine solves once per article and hands to every detector that judges statements against time.
 */
package org.factdesk.time.frame;
