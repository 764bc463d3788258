/**
 * Importers that read public datasets in their own formats (unitedstates congress-legislators
 * YAML/JSON/CSV, EveryPolitician Wikidata CSVs, Wikidata entity JSON and SPARQL results, REIGN,
 * Archigos, EU membership) and the reviewed additions file, and the build that turns them into
 * the bundled knowledge base. Every fact carries a {@link org.factdesk.kb.FactSource}; an end
 * date after a source's as-of date is a schedule and is dropped.
 */
package org.factdesk.kb.importers;
