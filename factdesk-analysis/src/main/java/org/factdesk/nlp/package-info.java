/** Sentences, tokens, part-of-speech tags and time expressions, behind one adapter. */
package org.factdesk.nlp;
