/** Links names, titles and event phrases in the text to the knowledge base; exact and fast. */
package org.factdesk.linking;
