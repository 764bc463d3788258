/** The office-terms quiz: titles checked inside and outside the terms of well-known office holders. */
package org.factdesk.eval.quiz;
