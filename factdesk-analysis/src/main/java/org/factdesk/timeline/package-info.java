/** Sets of days and time-anchored assertions: the data the as-of solver works on. */
package org.factdesk.timeline;
