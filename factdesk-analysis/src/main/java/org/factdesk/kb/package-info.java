/**
 * The knowledge base: people, offices, terms and dated events, each fact with its source.
 * Importers for public datasets build it; the bundled copy ships in the jar.
 */
package org.factdesk.kb;
