/** Reports rendered for people and programs: terminal text, JSON, standalone HTML. */
package org.factdesk.report;
