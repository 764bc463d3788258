/** The engine facade: builds the analysis stages and detectors once and runs them per article. */
package org.factdesk.engine;
