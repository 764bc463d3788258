/**
 * The attribution corpus (unnamed authority and unlinked cited documents, labelled by hand on real
 * news in ../shared and on public web pages) and its evaluation: {@code factdesk eval attribution
 * FILE}; and the experiment of a learned fallback beside the rules, cross-validated by page:
 * {@code factdesk eval attribution-model}.
 */
package org.factdesk.eval.attribution;
