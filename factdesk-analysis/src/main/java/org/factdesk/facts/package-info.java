/** Detectors that check dated facts against the knowledge base: event dates and titles that hold. */
package org.factdesk.facts;
