/** The detectors that judge an article's statements against time, reading the solved time frame. */
package org.factdesk.time;
