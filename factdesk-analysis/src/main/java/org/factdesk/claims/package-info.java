/** Check-worthy claims: which sentences a fact-checker must give a verdict, and of what type. */
package org.factdesk.claims;
