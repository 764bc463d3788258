/**
 * The project's own news claim set: which sentences of real news articles (in
 * {@code ../shared/eval/news}, referenced by id and offsets, never copied) are check-worthy and
 * of what type, and the evaluation of the engine's claim list against it.
 */
package org.factdesk.eval.newsclaims;
