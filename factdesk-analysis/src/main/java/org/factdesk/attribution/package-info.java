/** Vague attribution and hedging: claims that lean on unnamed authority. */
package org.factdesk.attribution;
