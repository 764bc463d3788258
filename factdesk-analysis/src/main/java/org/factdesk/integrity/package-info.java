/** Promises of accuracy the article makes about itself. */
package org.factdesk.integrity;
