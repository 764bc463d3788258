/**
 * Unnamed authority: claims that lean on collective or unidentifiable authority ("experts warn",
 * {@code attribution.vague}) and sources whose name is withheld ("a person familiar with the
 * matter", {@code attribution.anonymous}). Where the lines are drawn: docs/attribution-guidelines.md.
 */
package org.factdesk.attribution;
