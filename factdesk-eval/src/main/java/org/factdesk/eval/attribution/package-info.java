/**
 * The attribution corpus (unnamed authority and unlinked cited documents, labelled by hand on real
 * news in ../shared) and its evaluation: {@code factdesk eval attribution FILE}.
 */
package org.factdesk.eval.attribution;
