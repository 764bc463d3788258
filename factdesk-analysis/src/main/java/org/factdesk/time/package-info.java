/** The as-of solver and the detectors that judge an article's statements against time. */
package org.factdesk.time;
